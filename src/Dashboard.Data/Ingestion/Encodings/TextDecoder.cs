using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Decodes the bytes of a text file whose encoding nobody told us. In order:
/// a byte-order mark decides (UTF-8, UTF-16, UTF-32); bytes that are valid UTF-8 are UTF-8, and so are bytes with
/// a few stray invalid ones (<see cref="Utf8Repair"/>, replaced with U+FFFD and reported); a charset the HTML page
/// declares is honoured if it decodes cleanly; otherwise GB18030, Big5 and (for even lengths) UTF-16 without a
/// byte-order mark are each tried on a sample and the decoding that reads most like Chinese text wins
/// (<see cref="DecodingPlausibility"/>). NUL bytes rule out everything but UTF-16/32.
/// </summary>
internal static class TextDecoder
{
    // Enough text to tell encodings apart; the winner then decodes the whole file.
    private const int SampleBytes = 64 * 1024;

    // A real text scores about 0 per character when it is ASCII and well above when it is Chinese; garbage from a
    // wrong encoding or a binary file scores well below.
    private const double MinPlausibleAverage = -0.25;

    // A declared charset that leaves more replacement characters than this is wrong, and is ignored.
    private const double MaxDeclaredReplacementShare = 0.001;

    // More control characters than this share (tab, line ends and form feed aside) means a binary file.
    private const double MaxControlShare = 0.01;

    public static bool TryDecode(
        ReadOnlySpan<byte> bytes,
        string? declaredCharset,
        [NotNullWhen(true)] out DecodedText? decoded,
        out DecodingFailure failure)
    {
        decoded = Choose(bytes, declaredCharset, out failure);
        if (decoded is not null && HasTooManyControlCharacters(decoded.Text))
        {
            decoded = null;
            failure = DecodingFailure.Binary;
        }

        return decoded is not null;
    }

    private static DecodedText? Choose(ReadOnlySpan<byte> bytes, string? declaredCharset, out DecodingFailure failure)
    {
        failure = DecodingFailure.None;
        var hasNul = bytes.Contains((byte)0);
        if (FromByteOrderMark(bytes) is var (bomEncoding, bomName, bomLength))
        {
            if (hasNul && bomName == "utf-8-bom")
            {
                failure = DecodingFailure.Binary;
                return null;
            }

            return new DecodedText(bomEncoding.GetString(bytes[bomLength..]), bomName);
        }

        if (!hasNul && Utf8.IsValid(bytes))
        {
            return new DecodedText(ChineseEncodings.Utf8.GetString(bytes), "utf-8");
        }

        if (!hasNul && Utf8Repair.TryDecode(bytes) is { } repaired)
        {
            return repaired;
        }

        if (!hasNul && declaredCharset is not null && ChineseEncodings.FromLabel(declaredCharset) is var (declared, declaredName))
        {
            var text = declared.GetString(bytes);
            if (text.AsSpan().Count('\uFFFD') <= text.Length * MaxDeclaredReplacementShare)
            {
                return new DecodedText(text, declaredName);
            }
        }

        return ChooseByPlausibility(bytes, hasNul, out failure);
    }

    private static DecodedText? ChooseByPlausibility(ReadOnlySpan<byte> bytes, bool hasNul, out DecodingFailure failure)
    {
        var candidates = new List<(Encoding Encoding, string Name)>();
        if (!hasNul)
        {
            candidates.Add((ChineseEncodings.Gb18030, "gb18030"));
            candidates.Add((ChineseEncodings.Big5, "big5"));
        }

        if (bytes.Length % 2 == 0)
        {
            candidates.Add((ChineseEncodings.Utf16Le, "utf-16le"));
            candidates.Add((ChineseEncodings.Utf16Be, "utf-16be"));
        }

        // An even-length sample, so the UTF-16 candidates are not cut in half a code unit.
        var sample = bytes[..(Math.Min(bytes.Length, SampleBytes) & ~1)];
        (Encoding Encoding, string Name)? best = null;
        var bestScore = new DecodingScore(double.NegativeInfinity, 0);
        foreach (var candidate in candidates)
        {
            var score = DecodingPlausibility.Measure(candidate.Encoding.GetString(sample));
            if (score.Total > bestScore.Total)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        if (best is not var (encoding, name) || bestScore.Average < MinPlausibleAverage)
        {
            failure = hasNul ? DecodingFailure.Binary : DecodingFailure.UnknownEncoding;
            return null;
        }

        failure = DecodingFailure.None;
        return new DecodedText(encoding.GetString(bytes), name);
    }

    private static (Encoding Encoding, string Name, int Length)? FromByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (ChineseEncodings.Utf8, "utf-8-bom", 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (ChineseEncodings.Utf32Le, "utf-32le", 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (ChineseEncodings.Utf32Be, "utf-32be", 4),
            [0xFF, 0xFE, ..] => (ChineseEncodings.Utf16Le, "utf-16le", 2),
            [0xFE, 0xFF, ..] => (ChineseEncodings.Utf16Be, "utf-16be", 2),
            _ => null,
        };

    private static bool HasTooManyControlCharacters(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        // Any NUL is binary: no text format uses it.
        return text.Contains('\0', StringComparison.Ordinal) || controls > text.Length * MaxControlShare;
    }
}
