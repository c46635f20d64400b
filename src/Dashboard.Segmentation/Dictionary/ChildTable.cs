using System.Runtime.CompilerServices;
namespace Dashboard.Segmentation.Dictionary;

/// <summary>
/// Open-addressing hash table from (parent node, next character) to child node: the edges of the prefix trie
/// below its first level. Each slot packs parent (24 bits), character (16 bits) and child (24 bits) into one
/// 64-bit word, so a lookup touches one cache line, and no node allocates anything of its own.
/// </summary>
internal sealed class ChildTable
{
    public const int MaxNodes = 1 << 24;
    private const int ValueBits = 24;
    private const ulong ValueMask = (1UL << ValueBits) - 1;

    private ulong[] _slots;
    private int _count;
    private int _shift;

    public ChildTable(int expectedCount)
    {
        // At most a third full after the expected inserts: short probe chains matter more than 8 MB.
        var capacity = 1024;
        while (capacity < expectedCount * 3)
        {
            capacity <<= 1;
        }

        _slots = new ulong[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
    }

    public int Count => _count;

    /// <summary>The raw slots, for the binary cache.</summary>
    internal ReadOnlySpan<ulong> Slots => _slots;

    /// <summary>Rebuilds a table from slots saved by <see cref="Slots"/>.</summary>
    internal static ChildTable FromSlots(ulong[] slots, int count)
    {
        if (slots.Length < 1024 || !System.Numerics.BitOperations.IsPow2(slots.Length))
        {
            throw new InvalidDataException("corrupt child table in the dictionary cache");
        }

        var table = new ChildTable(0) { _slots = slots, _count = count };
        table._shift = 64 - System.Numerics.BitOperations.Log2((uint)slots.Length);
        return table;
    }

    public long MemoryBytes => _slots.LongLength * sizeof(ulong);

    // Parents are never the root (node 0), so a packed key is never 0 and 0 marks an empty slot.
    private static ulong Key(int parent, char c) => ((ulong)(uint)parent << 16) | c;

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    public int Get(int parent, char c)
    {
        var key = Key(parent, c);
        var slots = _slots;
        var mask = slots.Length - 1;
        var slot = Home(key);
        while (true)
        {
            var entry = slots[slot];
            if (entry >> ValueBits == key)
            {
                return (int)(entry & ValueMask);
            }

            if (entry == 0)
            {
                return 0;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int parent, char c, int child)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Insert((Key(parent, c) << ValueBits) | (uint)child);
        _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(ulong entry)
    {
        var mask = _slots.Length - 1;
        var slot = Home(entry >> ValueBits);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        _shift--;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert(entry);
            }
        }
    }
}
