using System.Buffers;

namespace Dashboard.Segmentation.PosTagging;

/// <summary>
/// Part-of-speech tagging as jieba.posseg does it: the same dictionary route as the segmenter, tags from the
/// dictionary (and user dictionaries), and for runs of unknown characters a joint HMM that cuts and tags at once.
/// Its blocks differ slightly from <see cref="JiebaSegmenter.Cut"/> (no '%' or '-' inside words), as in jieba.
/// </summary>
public sealed class PosSegmenter
{
    private readonly JiebaSegmenter _segmenter;
    private readonly PosHmmModel _model;

    public PosSegmenter(JiebaSegmenter segmenter)
    {
        _segmenter = segmenter;
        _model = PosHmmModel.Load(segmenter.Paths.PosDirectory);
    }

    public IEnumerable<WordPos> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<WordPos>();
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var start = i;
            if (IsBlockChar(span[i]))
            {
                while (i < span.Length && IsBlockChar(span[i]))
                {
                    i++;
                }

                CutBlock(text, start, i, hmm, output);
            }
            else
            {
                while (i < span.Length && !IsBlockChar(span[i]))
                {
                    i++;
                }

                CutSkipBlock(text, start, i, output);
            }
        }

        return output;
    }

    /// <summary>re_han_internal: [\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._].</summary>
    private static bool IsBlockChar(char c) =>
        PythonText.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_';

    private static bool IsNumberChar(char c) => c == '.' || char.IsAsciiDigit(c);

    // Split on (\r\n|\s); other characters one by one, flagged m (number), eng or x. jieba tests the whole piece,
    // not the character, for eng: a piece starting with a letter or digit makes its punctuation "eng" too.
    private static void CutSkipBlock(string text, int from, int to, List<WordPos> output)
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

            EmitPiece(text, pieceStart, i, output);
            output.Add(new WordPos(text.Substring(i, separator), "x"));
            i += separator;
            pieceStart = i;
        }

        EmitPiece(text, pieceStart, to, output);
    }

    private static void EmitPiece(string text, int from, int to, List<WordPos> output)
    {
        var pieceIsEnglish = from < to && char.IsAsciiLetterOrDigit(text[from]);
        for (var i = from; i < to;)
        {
            var width = PythonText.CodePointWidth(text.AsSpan(0, to), i);
            var flag = IsNumberChar(text[i]) ? "m" : pieceIsEnglish ? "eng" : "x";
            output.Add(new WordPos(text.Substring(i, width), flag));
            i += width;
        }
    }

    private void CutBlock(string text, int from, int to, bool hmm, List<WordPos> output)
    {
        var n = to - from;
        var next = ArrayPool<int>.Shared.Rent(n + 1);
        var prob = ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            _segmenter.CalcRoute(text.AsSpan(from, n), prob, next);
            if (hmm)
            {
                EmitWithHmm(text, from, n, next, output);
            }
            else
            {
                EmitWithoutHmm(text, from, n, next, output);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<double>.Shared.Return(prob);
        }
    }

    private WordPos Tagged(string text, int start, int length)
    {
        var word = text.Substring(start, length);
        return new WordPos(word, _segmenter.TagOf(word.AsSpan()) ?? "x");
    }

    private void EmitWithoutHmm(string text, int offset, int n, int[] next, List<WordPos> output)
    {
        var bufStart = -1;
        var x = 0;
        while (x < n)
        {
            var y = next[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(text[offset + x]))
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
                    output.Add(new WordPos(text.Substring(offset + bufStart, x - bufStart), "eng"));
                    bufStart = -1;
                }

                output.Add(Tagged(text, offset + x, y - x));
            }

            x = y;
        }

        if (bufStart >= 0)
        {
            output.Add(new WordPos(text.Substring(offset + bufStart, n - bufStart), "eng"));
        }
    }

    private void EmitWithHmm(string text, int offset, int n, int[] next, List<WordPos> output)
    {
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
                    FlushBuffer(text, offset + bufStart, x - bufStart, output);
                    bufStart = -1;
                }

                output.Add(Tagged(text, offset + x, y - x));
            }

            x = y;
        }

        if (bufStart >= 0)
        {
            FlushBuffer(text, offset + bufStart, n - bufStart, output);
        }
    }

    private void FlushBuffer(string text, int start, int length, List<WordPos> output)
    {
        if (length == 1)
        {
            output.Add(Tagged(text, start, 1));
        }
        else if (!(_segmenter.Dictionary.Get(text.AsSpan(start, length)) > 0))
        {
            CutDetail(text, start, start + length, output);
        }
        else
        {
            for (var i = start; i < start + length; i++)
            {
                output.Add(Tagged(text, i, 1));
            }
        }
    }

    // __cut_detail: ideographs through the joint HMM; the rest split by ([\.0-9]+|[a-zA-Z0-9]+).
    private void CutDetail(string text, int from, int to, List<WordPos> output)
    {
        var i = from;
        while (i < to)
        {
            var start = i;
            if (PythonText.IsHan(text[i]))
            {
                while (i < to && PythonText.IsHan(text[i]))
                {
                    i++;
                }

                CutWithModel(text, start, i, output);
            }
            else
            {
                while (i < to && !PythonText.IsHan(text[i]))
                {
                    i++;
                }

                CutDetailSkip(text, start, i, output);
            }
        }
    }

    private static void CutDetailSkip(string text, int from, int to, List<WordPos> output)
    {
        var pending = from;
        var i = from;
        while (i < to)
        {
            int end;
            if (IsNumberChar(text[i]))
            {
                end = i;
                while (end < to && IsNumberChar(text[end]))
                {
                    end++;
                }
            }
            else if (char.IsAsciiLetterOrDigit(text[i]))
            {
                end = i;
                while (end < to && char.IsAsciiLetterOrDigit(text[end]))
                {
                    end++;
                }
            }
            else
            {
                i++;
                continue;
            }

            if (i > pending)
            {
                output.Add(DetailPiece(text.Substring(pending, i - pending)));
            }

            output.Add(DetailPiece(text.Substring(i, end - i)));
            i = end;
            pending = end;
        }

        if (to > pending)
        {
            output.Add(DetailPiece(text.Substring(pending, to - pending)));
        }
    }

    // re_num.match / re_eng.match test the start of the piece.
    private static WordPos DetailPiece(string piece) =>
        new(piece, IsNumberChar(piece[0]) ? "m" : char.IsAsciiLetterOrDigit(piece[0]) ? "eng" : "x");

    private void CutWithModel(string text, int from, int to, List<WordPos> output)
    {
        var route = PosViterbi.BestStates(text.AsSpan(from, to - from), _model);
        var begin = 0;
        var next = 0;
        var length = to - from;
        for (var i = 0; i < length; i++)
        {
            var (position, tag) = _model.States[route[i]];
            switch (position)
            {
                case 'B':
                    begin = i;
                    break;
                case 'E':
                    output.Add(new WordPos(text.Substring(from + begin, i + 1 - begin), tag));
                    next = i + 1;
                    break;
                case 'S':
                    output.Add(new WordPos(text.Substring(from + i, 1), tag));
                    next = i + 1;
                    break;
            }
        }

        if (next < length)
        {
            output.Add(new WordPos(text.Substring(from + next, length - next), _model.States[route[next]].Tag));
        }
    }
}
