namespace Dashboard.Segmentation.Dictionary;

/// <summary>
/// jieba's FREQ table as a trie: every dictionary word and every prefix of one is a node. A node's frequency is
/// the word's count, or 0 for a prefix that is not itself a word (jieba keeps those in FREQ with 0, and a deleted
/// word is stored with 0 too). Node 0 is the root.
/// </summary>
internal sealed class PrefixDictionary
{
    private const int FirstLevelSize = 65536;

    private readonly int[] _firstLevel = new int[FirstLevelSize];
    private readonly ChildTable _children;
    private readonly List<string> _tags = [""];
    private readonly Dictionary<string, ushort> _tagIds = new(StringComparer.Ordinal) { [""] = 0 };
    private int[] _freq;
    private double[] _logFreq;
    private ushort[] _tag;
    private int _nodeCount = 1;

    public PrefixDictionary(int expectedNodes = 1024)
    {
        _freq = new int[expectedNodes];
        _logFreq = new double[expectedNodes];
        _tag = new ushort[expectedNodes];
        _children = new ChildTable(expectedNodes);
    }

    /// <summary>Sum of all counts added, duplicates included, exactly as jieba's total.</summary>
    public long Total { get; private set; }

    /// <summary>log(Total), as jieba's calc uses it.</summary>
    public double LogTotal { get; private set; }

    public int NodeCount => _nodeCount;

    public long MemoryBytes =>
        (_firstLevel.LongLength * sizeof(int)) + _children.MemoryBytes +
        (_freq.LongLength * sizeof(int)) + (_logFreq.LongLength * sizeof(double)) + (_tag.LongLength * sizeof(ushort));

    public int Child(int node, char c) => node == 0 ? _firstLevel[c] : _children.Get(node, c);

    public int Frequency(int node) => _freq[node];

    /// <summary>log(freq or 1): the term jieba's calc adds for a word ending at this node.</summary>
    public double LogFrequency(int node) => _logFreq[node];

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
    public int Set(ReadOnlySpan<char> word, int freq, ReadOnlySpan<char> tag = default)
    {
        var node = 0;
        foreach (var c in word)
        {
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
        }

        _freq[node] = freq;
        _logFreq[node] = Math.Log(freq == 0 ? 1 : freq);
        if (!tag.IsEmpty)
        {
            _tag[node] = TagId(tag);
        }

        Total += freq;
        LogTotal = Math.Log(Total);
        return node;
    }

    /// <summary>Sets the POS tag of a word already present, as posseg's word_tag_tab does for user words.</summary>
    public void SetTag(int node, ReadOnlySpan<char> tag) => _tag[node] = TagId(tag);

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
        if (_nodeCount == _freq.Length)
        {
            var size = _freq.Length * 2;
            Array.Resize(ref _freq, size);
            Array.Resize(ref _logFreq, size);
            Array.Resize(ref _tag, size);
        }

        return _nodeCount++;
    }
}
