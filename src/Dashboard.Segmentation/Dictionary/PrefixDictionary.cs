using System.Runtime.CompilerServices;
namespace Dashboard.Segmentation.Dictionary;

/// <summary>
/// jieba's FREQ table as a trie: every dictionary word and every prefix of one is a node. A node's frequency is
/// the word's count, or 0 for a prefix that is not itself a word (jieba keeps those in FREQ with 0, and a deleted
/// word is stored with 0 too). Node 0 is the root.
/// </summary>
internal sealed class PrefixDictionary
{
    private const int FirstLevelSize = 65536;

    private readonly int[] _firstLevel;
    private readonly ChildTable _children;
    private readonly List<string> _tags = [""];
    private readonly Dictionary<string, ushort> _tagIds = new(StringComparer.Ordinal) { [""] = 0 };

    private int[] _freq;
    private double[] _logFreq;
    private ushort[] _tag;
    private int _nodeCount = 1;
    private double _logTotal;
    private bool _logTotalStale = true;

    public PrefixDictionary(int expectedNodes = 1024)
    {
        _firstLevel = new int[FirstLevelSize];
        _freq = new int[expectedNodes];
        _logFreq = new double[expectedNodes];
        _tag = new ushort[expectedNodes];
        _children = new ChildTable(expectedNodes);
    }

    /// <summary>Sum of all counts added, duplicates included, exactly as jieba's total.</summary>
    public long Total { get; private set; }

    /// <summary>log(Total), as jieba's calc uses it.</summary>
    public double LogTotal
    {
        get
        {
            if (_logTotalStale)
            {
                _logTotal = Math.Log(Total);
                _logTotalStale = false;
            }

            return _logTotal;
        }
    }

    public int NodeCount => _nodeCount;

    public long MemoryBytes =>
        (_firstLevel.LongLength * sizeof(int)) + _children.MemoryBytes +
        (_freq.LongLength * sizeof(int)) + (_logFreq.LongLength * sizeof(double)) + (_tag.LongLength * sizeof(ushort));

    public int Child(int node, char c) => node == 0 ? _firstLevel[c] : _children.Get(node, c);

    public int Frequency(int node) => _freq[node];

    /// <summary>log(freq) for a word with a positive count, the term jieba's calc adds for it; NaN for a node that
    /// is only a prefix or a deleted word, so the route search reads one array.</summary>
    public double WordLogFrequency(int node) => _logFreq[node];

    public string Tag(int node) => _tag[node] == 0 ? "" : _tags[_tag[node]];

    /// <summary>The node of an exact string, or -1 when the string is not in FREQ (neither word nor prefix).</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        var node = 0;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == 0)
            {
                return -1;
            }
        }

        return node;
    }

    /// <summary>jieba's FREQ.get(word): null when absent, else the count (0 for a prefix or a deleted word).</summary>
    public int? Get(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node < 0 ? null : _freq[node];
    }

    /// <summary>Sets a word's count (adding its prefixes with count 0) and adds the count to the total, as jieba's
    /// gen_pfdict and add_word do.</summary>
    public int Set(ReadOnlySpan<char> word, int freq, ReadOnlySpan<char> tag = default) =>
        Set(word, freq, tag, startDepth: 0, startNode: 0, path: default);

    /// <summary>
    /// <see cref="Set(ReadOnlySpan{char}, int, ReadOnlySpan{char})"/> starting from a known node at a known depth,
    /// for loading a sorted file: consecutive words share a prefix, whose nodes need no lookup. The nodes along
    /// the word are written to <paramref name="path"/> for the next word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Set(ReadOnlySpan<char> word, int freq, ReadOnlySpan<char> tag, int startDepth, int startNode, Span<int> path)
    {
        var node = startNode;
        for (var depth = startDepth; depth < word.Length; depth++)
        {
            var c = word[depth];
            var next = Child(node, c);
            if (next == 0)
            {
                next = NewNode();
                if (node == 0)
                {
                    _firstLevel[c] = next;
                }
                else
                {
                    _children.Add(node, c, next);
                }
            }

            node = next;
            if (depth < path.Length)
            {
                path[depth] = node;
            }
        }

        _freq[node] = freq;
        _logFreq[node] = freq > 0 ? Math.Log(freq) : double.NaN;
        if (!tag.IsEmpty)
        {
            _tag[node] = TagId(tag);
        }

        Total += freq;
        _logTotalStale = true;
        return node;
    }

    /// <summary>Sets the POS tag of a word already present, as posseg's word_tag_tab does for user words.</summary>
    public void SetTag(int node, ReadOnlySpan<char> tag) => _tag[node] = TagId(tag);

    /// <summary>Writes the trie as it is in memory, for <see cref="Read"/>: loading that is a few plain reads.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_nodeCount);
        writer.Write(Total);
        writer.Write(_children.Count);
        writer.Write(_children.Slots.Length);
        writer.Write(_tags.Count);
        foreach (var tag in _tags)
        {
            writer.Write(tag);
        }

        BinaryCache.WriteArray<int>(writer, _firstLevel);
        BinaryCache.WriteArray(writer, _children.Slots);
        BinaryCache.WriteArray<int>(writer, _freq.AsSpan(0, _nodeCount));
        BinaryCache.WriteArray<double>(writer, _logFreq.AsSpan(0, _nodeCount));
        BinaryCache.WriteArray<ushort>(writer, _tag.AsSpan(0, _nodeCount));
    }

    public static PrefixDictionary Read(BinaryReader reader)
    {
        var nodeCount = reader.ReadInt32();
        var total = reader.ReadInt64();
        var childCount = reader.ReadInt32();
        var slotCount = reader.ReadInt32();
        var tagCount = reader.ReadInt32();
        if (nodeCount <= 0 || nodeCount > ChildTable.MaxNodes || childCount < 0 || slotCount <= 0 || tagCount <= 0 || tagCount > ushort.MaxValue)
        {
            throw new InvalidDataException("corrupt dictionary cache header");
        }

        var tags = new List<string>(tagCount);
        for (var i = 0; i < tagCount; i++)
        {
            tags.Add(reader.ReadString());
        }

        var firstLevel = BinaryCache.ReadArray<int>(reader, FirstLevelSize);
        var slots = BinaryCache.ReadArray<ulong>(reader, slotCount);
        var freq = BinaryCache.ReadArray<int>(reader, nodeCount);
        var logFreq = BinaryCache.ReadArray<double>(reader, nodeCount);
        var tag = BinaryCache.ReadArray<ushort>(reader, nodeCount);
        return new PrefixDictionary(firstLevel, ChildTable.FromSlots(slots, childCount), tags, freq, logFreq, tag, nodeCount, total);
    }

    private PrefixDictionary(int[] firstLevel, ChildTable children, List<string> tags, int[] freq, double[] logFreq, ushort[] tag, int nodeCount, long total)
    {
        _firstLevel = firstLevel;
        _children = children;
        _tags = tags;
        _tagIds = new Dictionary<string, ushort>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            _tagIds[tags[i]] = (ushort)i;
        }

        _freq = freq;
        _logFreq = logFreq;
        _tag = tag;
        _nodeCount = nodeCount;
        Total = total;
    }

    private ushort TagId(ReadOnlySpan<char> tag)
    {
        var lookup = _tagIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(tag, out var id))
        {
            id = checked((ushort)_tags.Count);
            var name = tag.ToString();
            _tags.Add(name);
            _tagIds[name] = id;
        }

        return id;
    }

    private int NewNode()
    {
        if (_nodeCount == ChildTable.MaxNodes)
        {
            throw new InvalidOperationException($"The dictionary exceeds {ChildTable.MaxNodes} trie nodes.");
        }

        if (_nodeCount == _freq.Length)
        {
            var size = _freq.Length * 2;
            Array.Resize(ref _freq, size);
            Array.Resize(ref _logFreq, size);
            Array.Resize(ref _tag, size);
        }

        _logFreq[_nodeCount] = double.NaN;
        return _nodeCount++;
    }
}
