using System.Text;
using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

/// <summary>UTF-8 with a few stray bytes, as scraped pages often are, is read with replacements and the user told where.</summary>
public class StrayByteTests
{
    private readonly DocumentFileReader _reader = new();

    private static string LongText => string.Concat(Enumerable.Repeat(SampleTexts.Simplified, 8));

    /// <summary>The UTF-8 bytes of <paramref name="text"/> with an invalid byte after the first character of each given line (from 1).</summary>
    private static byte[] WithStrayBytes(string text, params int[] lines)
    {
        var result = new List<byte>();
        var split = text.Split('\n');
        for (var i = 0; i < split.Length; i++)
        {
            var line = split[i];
            if (lines.Contains(i + 1) && line.Length > 0)
            {
                result.AddRange(Encoding.UTF8.GetBytes(line[..1]));
                result.Add(0xFF);
                result.AddRange(Encoding.UTF8.GetBytes(line[1..]));
            }
            else
            {
                result.AddRange(Encoding.UTF8.GetBytes(line));
            }

            if (i < split.Length - 1)
            {
                result.Add((byte)'\n');
            }
        }

        return [.. result];
    }

    [Fact]
    public void Utf8_with_three_stray_bytes_is_read_with_replacements_and_says_where()
    {
        var text = ReadAssert.Accepted(_reader.Read("scraped.txt", WithStrayBytes(LongText, 2, 5, 9)));

        Assert.Equal("utf-8", text.Encoding);
        Assert.NotNull(text.Repair);
        Assert.Equal(3, text.Repair.Replaced);
        Assert.Equal([2, 5, 9], text.Repair.Lines);
        Assert.Equal(3, text.Text.Count(c => c == '\uFFFD'));
        Assert.Equal(LongText, text.Text.Replace("\uFFFD", "", StringComparison.Ordinal));
        Assert.Equal("3 invalid bytes replaced with \uFFFD (lines 2, 5, 9)", text.Repair.Describe());
    }

    [Fact]
    public void Clean_utf8_reports_no_repair()
    {
        var text = ReadAssert.Accepted(_reader.Read("clean.txt", Encoding.UTF8.GetBytes(LongText)));

        Assert.Null(text.Repair);
    }

    [Fact]
    public void Text_with_more_than_one_invalid_byte_in_a_thousand_is_still_refused()
    {
        var lines = Enumerable.Range(1, LongText.Split('\n').Length).ToArray();
        var bytes = WithStrayBytes(LongText, lines);
        Assert.True(lines.Length > bytes.Length * Utf8RepairShare);

        var result = _reader.Read("garbled.txt", bytes);

        Assert.IsType<ImportRefusal>(result);
    }

    [Fact]
    public void A_gbk_file_that_is_mostly_ascii_is_not_taken_for_utf8_with_stray_bytes()
    {
        var text = new string('a', 20000) + "\n市政府召开常务会议\n" + new string('b', 20000);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var read = ReadAssert.Accepted(_reader.Read("mostly-ascii.txt", Encoding.GetEncoding("gb18030").GetBytes(text)));

        Assert.Equal("gb18030", read.Encoding);
        Assert.Null(read.Repair);
        Assert.Equal(text, read.Text);
    }

    private const double Utf8RepairShare = 0.001;
}
