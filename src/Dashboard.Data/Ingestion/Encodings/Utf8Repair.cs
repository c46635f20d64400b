using System.Buffers;
using System.Text;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// UTF-8 with a few stray bytes, as scraped pages often are: decoded with a replacement character (U+FFFD) for each
/// invalid sequence, when such sequences are under <see cref="MaxInvalidShare"/> of the bytes (one is always allowed) and valid multi-byte
/// characters far outnumber them. A GBK or Big5 file read as UTF-8 has almost no valid multi-byte characters, so it
/// is left to the other decoders.
/// </summary>
internal static class Utf8Repair
{
    /// <summary>At most one byte in a thousand may be invalid (the "under 0.1 %").</summary>
    public const double MaxInvalidShare = 0.001;

    // Real UTF-8 Chinese text has hundreds of valid multi-byte characters per stray byte; a legacy encoding read as
    // UTF-8 has about none.
    private const int MinValidPerInvalid = 20;

    private const int LinesReported = 5;

    public static DecodedText? TryDecode(ReadOnlySpan<byte> bytes)
    {
        var invalid = 0;
        var multibyte = 0;
        var line = 1;
        var lines = new List<int>();
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                if (consumed > 1)
                {
                    multibyte++;
                }
                else if (rest[0] == (byte)'\n')
                {
                    line++;
                }
            }
            else
            {
                invalid++;
                if (lines.Count < LinesReported && (lines.Count == 0 || lines[^1] != line))
                {
                    lines.Add(line);
                }
            }

            rest = rest[consumed..];
        }

        if (invalid == 0 || invalid > Math.Max(1, bytes.Length * MaxInvalidShare) || multibyte < invalid * MinValidPerInvalid)
        {
            return null;
        }

        return new DecodedText(ChineseEncodings.Utf8.GetString(bytes), "utf-8") { Repair = new DecodingRepair(invalid, lines) };
    }
}
