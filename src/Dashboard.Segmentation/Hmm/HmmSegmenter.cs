namespace Dashboard.Segmentation.Hmm;

/// <summary>
/// jieba's finalseg: cuts a run of characters the dictionary did not join, using Viterbi over the B/M/E/S model
/// for the ideographs and a regular pattern for letters and digits. Reproduces jieba 0.42's tie-breaking
/// (Python's max over (probability, state) tuples prefers the later state letter when probabilities are equal).
/// </summary>
internal sealed class HmmSegmenter(HmmModel model)
{
    // PrevStatus in finalseg: which states may precede each state.
    private static readonly int[][] Previous =
    [
        [HmmModel.E, HmmModel.S], // B
        [HmmModel.B, HmmModel.M], // E
        [HmmModel.M, HmmModel.B], // M
        [HmmModel.S, HmmModel.E], // S
    ];

    // State letters, to break ties the way Python compares ('B' < 'E' < 'M' < 'S').
    private static readonly char[] Letter = ['B', 'E', 'M', 'S'];

    /// <summary>finalseg.cut: emits (start, length) pieces of <paramref name="text"/>, offsets relative to it.</summary>
    public void Cut(ReadOnlySpan<char> text, ISet<string>? forceSplit, List<(int Start, int Length)> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (PythonText.IsHan(text[i]))
            {
                while (i < text.Length && PythonText.IsHan(text[i]))
                {
                    i++;
                }

                CutHan(text, start, i - start, forceSplit, output);
            }
            else
            {
                while (i < text.Length && !PythonText.IsHan(text[i]))
                {
                    i++;
                }

                CutSkip(text, start, i, output);
            }
        }
    }

    // re_skip = ([a-zA-Z0-9]+(?:\.\d+)?%?): matches and the text between them, empty pieces dropped.
    private static void CutSkip(ReadOnlySpan<char> text, int from, int to, List<(int Start, int Length)> output)
    {
        var pending = from;
        var i = from;
        while (i < to)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            if (i > pending)
            {
                output.Add((pending, i - pending));
            }

            var start = i;
            while (i < to && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i + 1 < to && text[i] == '.' && char.IsDigit(text[i + 1]))
            {
                i += 2;
                while (i < to && char.IsDigit(text[i]))
                {
                    i++;
                }
            }

            if (i < to && text[i] == '%')
            {
                i++;
            }

            output.Add((start, i - start));
            pending = i;
        }

        if (to > pending)
        {
            output.Add((pending, to - pending));
        }
    }

    private void CutHan(ReadOnlySpan<char> text, int offset, int length, ISet<string>? forceSplit, List<(int Start, int Length)> output)
    {
        var states = length <= 256 ? stackalloc byte[length] : new byte[length];
        Viterbi(text.Slice(offset, length), states);

        var begin = 0;
        var next = 0;
        for (var i = 0; i < length; i++)
        {
            switch (states[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    Emit(text, offset + begin, i + 1 - begin, forceSplit, output);
                    next = i + 1;
                    break;
                case HmmModel.S:
                    Emit(text, offset + i, 1, forceSplit, output);
                    next = i + 1;
                    break;
            }
        }

        if (next < length)
        {
            Emit(text, offset + next, length - next, forceSplit, output);
        }
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int length, ISet<string>? forceSplit, List<(int Start, int Length)> output)
    {
        if (forceSplit is { Count: > 0 } && forceSplit.Contains(text.Slice(start, length).ToString()))
        {
            for (var i = 0; i < length; i++)
            {
                output.Add((start + i, 1));
            }

            return;
        }

        output.Add((start, length));
    }

    private void Viterbi(ReadOnlySpan<char> obs, Span<byte> best)
    {
        var n = obs.Length;
        var emission = model.Emission;
        var trans = model.Transition;
        var back = n * 4 <= 1024 ? stackalloc byte[n * 4] : new byte[n * 4];
        Span<double> v = stackalloc double[4];
        Span<double> next = stackalloc double[4];

        for (var y = 0; y < 4; y++)
        {
            v[y] = model.Start[y] + emission[(y * 65536) + obs[0]];
        }

        for (var t = 1; t < n; t++)
        {
            for (var y = 0; y < 4; y++)
            {
                var em = emission[(y * 65536) + obs[t]];
                var p0 = Previous[y][0];
                var p1 = Previous[y][1];
                var prob0 = v[p0] + trans[p0, y] + em;
                var prob1 = v[p1] + trans[p1, y] + em;
                var pick1 = prob1 > prob0 || (prob1 == prob0 && Letter[p1] > Letter[p0]);
                next[y] = pick1 ? prob1 : prob0;
                back[(t * 4) + y] = (byte)(pick1 ? p1 : p0);
            }

            next.CopyTo(v);
        }

        // max((V[last][y], y) for y in 'ES'): S wins a tie.
        var state = v[HmmModel.S] >= v[HmmModel.E] ? HmmModel.S : HmmModel.E;
        for (var t = n - 1; t >= 0; t--)
        {
            best[t] = (byte)state;
            state = back[(t * 4) + state];
        }
    }
}
