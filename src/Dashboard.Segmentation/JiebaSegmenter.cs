using System.Buffers;
using Dashboard.Segmentation.Dictionary;
using Dashboard.Segmentation.Hmm;

namespace Dashboard.Segmentation;

/// <summary>
/// A jieba-compatible word segmenter, written from jieba's published algorithm: a prefix dictionary, the DAG of
/// all dictionary words in a sentence, the maximum-probability route through it, and an HMM (Viterbi) for runs
/// of characters no dictionary word covers. The API follows jieba.NET's. Output is token for token what Python
/// jieba 0.42 gives with the same dictionary, in every mode.
/// </summary>
/// <remarks>
/// Cutting is safe from many threads at once. Changing the dictionary (<see cref="AddWord"/>,
/// <see cref="DeleteWord"/>, <see cref="LoadUserDict(string)"/>) is not safe while other threads cut:
/// build and fill a segmenter first, then share it.
/// </remarks>
public sealed partial class JiebaSegmenter
{
    private readonly PrefixDictionary _dictionary;
    private readonly HmmSegmenter _hmm;
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);

    private JiebaSegmenter(PrefixDictionary dictionary, HmmModel hmm, LexiconPaths paths)
    {
        _dictionary = dictionary;
        _hmm = new HmmSegmenter(hmm);
        Paths = paths;
        HmmMemoryBytes = hmm.MemoryBytes;
    }

    public LexiconPaths Paths { get; }

    /// <summary>Bytes held by the loaded dictionary and HMM tables.</summary>
    public long MemoryBytes => _dictionary.MemoryBytes + HmmMemoryBytes;

    private long HmmMemoryBytes { get; }

    internal PrefixDictionary Dictionary => _dictionary;

    /// <summary>Loads the main dictionary and HMM model from the build's lexicon folder.</summary>
    public static JiebaSegmenter Create() => Create(LexiconPaths.Default);

    /// <param name="paths">Where the lexicon data is.</param>
    /// <param name="mainDictionary">A dictionary file to use instead of the lexicon's jieba.dict.utf8.</param>
    /// <param name="cacheDirectory">Where to keep the built trie between runs (the system's temporary folder by
    /// default); null parses the dictionary text every time.</param>
    public static JiebaSegmenter Create(LexiconPaths paths, string? mainDictionary = null, string? cacheDirectory = "")
    {
        var cache = cacheDirectory == "" ? BinaryCache.DefaultDirectory : cacheDirectory;
        var hmm = Task.Run(() => HmmModel.Load(paths.HmmModel, cache));
        var dictionaryPath = mainDictionary ?? paths.MainDictionary;
        var dictionary = BinaryCache.Load(dictionaryPath, cache, "jieba-trie", () => DictionaryFile.Load(dictionaryPath), (w, d) => d.Write(w), PrefixDictionary.Read);
        return new JiebaSegmenter(dictionary, hmm.GetAwaiter().GetResult(), paths);
    }

    /// <summary>jieba's FREQ.get(word): the count, 0 for a known prefix or deleted word, null when unknown.</summary>
    public int? GetFrequency(string word) => _dictionary.Get(word);

    /// <summary>The part-of-speech tag the dictionaries give a word, or null (jieba.posseg's word_tag_tab).</summary>
    public string? TagOf(ReadOnlySpan<char> word)
    {
        var node = _dictionary.Find(word);
        if (node < 0)
        {
            return null;
        }

        var tag = _dictionary.Tag(node);
        return tag.Length == 0 ? null : tag;
    }

    /// <summary>Total of all counts, as jieba's <c>total</c>.</summary>
    public long Total => _dictionary.Total;

    /// <summary>Precise mode (default) or full mode (<paramref name="cutAll"/>), with or without the HMM.</summary>
    public IEnumerable<string> Cut(string text, bool cutAll = false, bool hmm = true)
    {
        var ranges = new List<(int Start, int Length)>();
        CutRanges(text, ranges, cutAll, hmm);
        return Materialise(text, ranges);
    }

    /// <summary>Full mode: every dictionary word found anywhere in the text.</summary>
    public IEnumerable<string> CutAll(string text) => Cut(text, cutAll: true);

    /// <summary>Search mode: precise mode plus the two- and three-character dictionary words inside longer words.</summary>
    public IEnumerable<string> CutForSearch(string text, bool hmm = true)
    {
        var words = new List<(int Start, int Length)>();
        CutRanges(text, words, cutAll: false, hmm);
        var output = new List<(int Start, int Length)>(words.Count * 2);
        foreach (var word in words)
        {
            AddSearchGrams(text, word.Start, word.Length, output);
            output.Add(word);
        }

        return Materialise(text, output);
    }

    /// <summary>Words with their offsets, in precise or search mode.</summary>
    public IEnumerable<Token> Tokenize(string text, TokenizerMode mode = TokenizerMode.Default, bool hmm = true)
    {
        var words = new List<(int Start, int Length)>();
        CutRanges(text, words, cutAll: false, hmm);
        var tokens = new List<Token>(words.Count);
        var grams = new List<(int Start, int Length)>();
        foreach (var (start, length) in words)
        {
            if (mode == TokenizerMode.Search)
            {
                grams.Clear();
                AddSearchGrams(text, start, length, grams);
                foreach (var (s, l) in grams)
                {
                    tokens.Add(new Token(text.Substring(s, l), s, s + l));
                }
            }

            tokens.Add(new Token(text.Substring(start, length), start, start + length));
        }

        return tokens;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into (start, length) ranges appended to <paramref name="output"/>, without
    /// creating strings: the fast path for callers that keep offsets. In full mode, jieba also yields empty
    /// pieces between consecutive spaces; they appear here with length 0.
    /// </summary>
    public void CutRanges(string text, List<(int Start, int Length)> output, bool cutAll = false, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var start = i;
            if (IsHanBlockChar(span[i]))
            {
                while (i < span.Length && IsHanBlockChar(span[i]))
                {
                    i++;
                }

                if (cutAll)
                {
                    CutAllBlock(span, start, i, output);
                }
                else
                {
                    CutBlock(span, start, i, hmm, output);
                }
            }
            else
            {
                while (i < span.Length && !IsHanBlockChar(span[i]))
                {
                    i++;
                }

                CutSkipBlock(span, start, i, cutAll, output);
            }
        }
    }

    /// <summary>re_han_default in jieba 0.42: [\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-].</summary>
    private static bool IsHanBlockChar(char c) =>
        PythonText.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    private static List<string> Materialise(string text, List<(int Start, int Length)> ranges)
    {
        var words = new List<string>(ranges.Count);
        foreach (var (start, length) in ranges)
        {
            words.Add(text.Substring(start, length));
        }

        return words;
    }

    private void AddSearchGrams(string text, int start, int length, List<(int Start, int Length)> output)
    {
        // Lengths in code points, as Python's len(); words with more than two units are ideographs or ASCII here.
        var span = text.AsSpan(start, length);
        if (PythonText.CodePointLength(span) <= 2)
        {
            return;
        }

        for (var i = 0; i + 2 <= length; i++)
        {
            if (_dictionary.Get(span.Slice(i, 2)) > 0)
            {
                output.Add((start + i, 2));
            }
        }

        if (length > 3)
        {
            for (var i = 0; i + 3 <= length; i++)
            {
                if (_dictionary.Get(span.Slice(i, 3)) > 0)
                {
                    output.Add((start + i, 3));
                }
            }
        }
    }

    // A block of characters outside re_han_default, split on (\r\n|\s).
    private static void CutSkipBlock(ReadOnlySpan<char> text, int from, int to, bool cutAll, List<(int Start, int Length)> output)
    {
        var pieceStart = from;
        var i = from;
        while (i < to)
        {
            var separator = text[i] == '\r' && i + 1 < to && text[i + 1] == '\n' ? 2 : PythonText.IsSpace(text[i]) ? 1 : 0;
            if (separator == 0)
            {
                i++;
                continue;
            }

            EmitSkipPiece(text, pieceStart, i, cutAll, output);
            output.Add((i, separator));
            i += separator;
            pieceStart = i;
        }

        EmitSkipPiece(text, pieceStart, to, cutAll, output);
    }

    private static void EmitSkipPiece(ReadOnlySpan<char> text, int from, int to, bool cutAll, List<(int Start, int Length)> output)
    {
        if (cutAll)
        {
            // Full mode yields each piece whole, including the empty ones re.split leaves between separators.
            output.Add((from, to - from));
            return;
        }

        for (var i = from; i < to;)
        {
            var width = PythonText.CodePointWidth(text[..to], i);
            output.Add((i, width));
            i += width;
        }
    }

    private void CutBlock(ReadOnlySpan<char> text, int from, int to, bool hmm, List<(int Start, int Length)> output)
    {
        var n = to - from;
        var block = text[from..to];
        var next = ArrayPool<int>.Shared.Rent(n + 1);
        var prob = ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            CalcRoute(block, prob, next);
            if (hmm)
            {
                EmitWithHmm(block, from, next, output);
            }
            else
            {
                EmitWithoutHmm(block, from, next, output);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<double>.Shared.Return(prob);
        }
    }

    /// <summary>
    /// jieba's get_DAG and calc in one backward pass: route[idx] = max over the words starting at idx of
    /// (log(freq) - log(total) + route[end + 1], end), a later end winning a tie as Python's tuple max does.
    /// next[idx] receives the end (inclusive) of the best word starting at idx.
    /// </summary>
    internal void CalcRoute(ReadOnlySpan<char> sentence, double[] prob, int[] next)
    {
        var n = sentence.Length;
        var dictionary = _dictionary;
        var logTotal = dictionary.LogTotal;
        prob[n] = 0;
        next[n] = 0;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var bestProb = double.NegativeInfinity;
            var bestEnd = -1;
            var node = 0;
            for (var i = idx; i < n; i++)
            {
                node = dictionary.Child(node, sentence[i]);
                if (node == 0)
                {
                    break;
                }

                var logFreq = dictionary.WordLogFrequency(node);
                if (!double.IsNaN(logFreq))
                {
                    var candidate = logFreq - logTotal + prob[i + 1];
                    if (bestEnd < 0 || candidate >= bestProb)
                    {
                        bestProb = candidate;
                        bestEnd = i;
                    }
                }
            }

            if (bestEnd < 0)
            {
                // No word starts here: the character alone, with log(1).
                bestProb = 0.0 - logTotal + prob[idx + 1];
                bestEnd = idx;
            }

            prob[idx] = bestProb;
            next[idx] = bestEnd;
        }
    }

    private static void EmitWithoutHmm(ReadOnlySpan<char> sentence, int offset, int[] next, List<(int Start, int Length)> output)
    {
        var n = sentence.Length;
        var bufStart = -1;
        var x = 0;
        while (x < n)
        {
            var y = next[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(sentence[x]))
            {
                if (bufStart < 0)
                {
                    bufStart = x;
                }
            }
            else
            {
                if (bufStart >= 0)
                {
                    output.Add((offset + bufStart, x - bufStart));
                    bufStart = -1;
                }

                output.Add((offset + x, y - x));
            }

            x = y;
        }

        if (bufStart >= 0)
        {
            output.Add((offset + bufStart, n - bufStart));
        }
    }

    private void EmitWithHmm(ReadOnlySpan<char> sentence, int offset, int[] next, List<(int Start, int Length)> output)
    {
        var n = sentence.Length;
        var bufStart = -1;
        var x = 0;
        while (x < n)
        {
            var y = next[x] + 1;
            if (y - x == 1)
            {
                if (bufStart < 0)
                {
                    bufStart = x;
                }
            }
            else
            {
                if (bufStart >= 0)
                {
                    FlushBuffer(sentence, offset, bufStart, x, output);
                    bufStart = -1;
                }

                output.Add((offset + x, y - x));
            }

            x = y;
        }

        if (bufStart >= 0)
        {
            FlushBuffer(sentence, offset, bufStart, n, output);
        }
    }

    // A run of single characters: one stays as it is; a run that is itself a dictionary word is split into its
    // characters; anything else goes to the HMM, which may join characters into words the dictionary lacks.
    private void FlushBuffer(ReadOnlySpan<char> sentence, int offset, int from, int to, List<(int Start, int Length)> output)
    {
        var length = to - from;
        if (length == 1)
        {
            output.Add((offset + from, 1));
            return;
        }

        var buf = sentence[from..to];
        if (!(_dictionary.Get(buf) > 0))
        {
            var start = output.Count;
            _hmm.Cut(buf, _forceSplit, output);
            for (var i = start; i < output.Count; i++)
            {
                output[i] = (output[i].Start + offset + from, output[i].Length);
            }

            return;
        }

        for (var i = from; i < to; i++)
        {
            output.Add((offset + i, 1));
        }
    }

    // jieba's __cut_all: for each position, every dictionary word starting there; runs of single letters and
    // digits are joined into one English token.
    private void CutAllBlock(ReadOnlySpan<char> text, int from, int to, List<(int Start, int Length)> output)
    {
        var sentence = text[from..to];
        var n = sentence.Length;
        var ends = new List<int>();
        var oldJ = -1;
        var engScan = false;
        var engStart = 0;
        var engEnd = 0;
        for (var k = 0; k < n; k++)
        {
            ends.Clear();
            var node = 0;
            for (var i = k; i < n; i++)
            {
                node = _dictionary.Child(node, sentence[i]);
                if (node == 0)
                {
                    break;
                }

                if (_dictionary.Frequency(node) > 0)
                {
                    ends.Add(i);
                }
            }

            if (ends.Count == 0)
            {
                ends.Add(k);
            }

            if (engScan && !char.IsAsciiLetterOrDigit(sentence[k]))
            {
                engScan = false;
                output.Add((from + engStart, engEnd - engStart));
            }

            if (ends.Count == 1 && k > oldJ)
            {
                var end = ends[0];
                if (char.IsAsciiLetterOrDigit(sentence[k]))
                {
                    if (!engScan)
                    {
                        engScan = true;
                        engStart = k;
                    }

                    engEnd = end + 1;
                }

                if (!engScan)
                {
                    output.Add((from + k, end + 1 - k));
                }

                oldJ = end;
            }
            else
            {
                foreach (var j in ends)
                {
                    if (j > k)
                    {
                        output.Add((from + k, j + 1 - k));
                        oldJ = j;
                    }
                }
            }
        }

        if (engScan)
        {
            output.Add((from + engStart, engEnd - engStart));
        }
    }
}
