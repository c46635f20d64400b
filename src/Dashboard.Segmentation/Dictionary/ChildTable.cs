namespace Dashboard.Segmentation.Dictionary;

/// <summary>
/// Open-addressing hash table from (parent node, next character) to child node: the edges of the prefix trie
/// below its first level. One probe per character in the common case, and no per-node allocation, which is
/// what makes loading 350,000 words and walking the trie fast.
/// </summary>
internal sealed class ChildTable
{
    private long[] _keys;
    private int[] _values;
    private int _count;
    private int _shift;

    public ChildTable(int expectedCount)
    {
        var capacity = 1024;
        while (capacity < expectedCount * 2)
        {
            capacity <<= 1;
        }

        _keys = new long[capacity];
        _values = new int[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
    }

    public int Count => _count;

    public long MemoryBytes => (_keys.LongLength * sizeof(long)) + (_values.LongLength * sizeof(int));

    // Parents are never the root (node 0), so a key is never 0 and 0 marks an empty slot.
    private static long Key(int parent, char c) => ((long)parent << 16) | c;

    public int Get(int parent, char c)
    {
        var key = Key(parent, c);
        var mask = _keys.Length - 1;
        var slot = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == 0)
            {
                return 0;
            }

            slot = (slot + 1) & mask;
        }
    }

    public void Add(int parent, char c, int child)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(Key(parent, c), child);
        _count++;
    }

    private void Insert(long key, int value)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldValues = _values;
        _keys = new long[oldKeys.Length * 2];
        _values = new int[oldKeys.Length * 2];
        _shift--;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Insert(oldKeys[i], oldValues[i]);
            }
        }
    }
}
