using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

public class BinaryRefusalTests
{
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private readonly DocumentFileReader _reader = new();

    public static TheoryData<string, byte[], string> LookalikeFiles => new()
    {
        { "image.txt", Png, "a PNG image" },
        { "photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46], "a JPEG image" },
        { "anim.html", "GIF89a\u0001\0\u0001\0"u8.ToArray(), "a GIF image" },
        { "archive.txt", "PK\u0003\u0004\u0014\0\0\0\u0008\0data.csv"u8.ToArray(), "a ZIP archive" },
        { "renamed.txt", "PK\u0003\u0004\u0014\0\0\0\u0008\0word/document.xml"u8.ToArray(), "a Word document (.docx)" },
        { "program", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "a program (an ELF executable)" },
        { "setup.txt", "MZ\u0090\0\u0003\0\0\0"u8.ToArray(), "a Windows program (.exe or .dll)" },
        { "report.txt", "%PDF-1.7\n%\u00E2\u00E3"u8.ToArray(), "a PDF document" },
    };

    [Theory]
    [MemberData(nameof(LookalikeFiles))]
    public void Binary_file_is_refused_saying_what_it_looks_like(string fileName, byte[] content, string lookalike)
    {
        var refusal = ReadAssert.Refused(_reader.Read(fileName, content), ImportRefusalReason.NotText, "import.refused.not-text");

        Assert.Equal($"{fileName} is not text: it looks like {lookalike}.", refusal.Message);
    }

    [Fact]
    public void Random_bytes_are_refused_as_binary()
    {
        var bytes = new byte[4096];
        new Random(20240301).NextBytes(bytes);
        bytes[0] = (byte)'x'; // not by chance a known signature

        ReadAssert.Refused(_reader.Read("noise.txt", bytes), ImportRefusalReason.NotText, "import.refused.binary");
    }

    [Fact]
    public void Nul_bytes_in_otherwise_readable_text_are_refused()
    {
        byte[] bytes = [.. SampleTexts.Encode(SampleTexts.Simplified, "utf-8-bom"), 0, .. SampleTexts.Encode(SampleTexts.Simplified, "utf-8")];

        ReadAssert.Refused(_reader.Read("joined.txt", bytes), ImportRefusalReason.NotText, "import.refused.binary");
    }

    [Fact]
    public void Text_full_of_control_characters_is_refused()
    {
        var text = string.Concat(Enumerable.Repeat("市政府\u0001\u0002\u001B", 20));

        ReadAssert.Refused(_reader.Read("terminal.txt", SampleTexts.Encode(text, "utf-8")), ImportRefusalReason.NotText, "import.refused.binary");
    }

    [Fact]
    public void Bytes_in_no_encoding_we_know_are_refused()
    {
        // Random high bytes without NULs: neither UTF-8 nor anything like Chinese in GB18030, Big5 or UTF-16.
        var bytes = new byte[2001];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 | bytes[i]);
        }

        ReadAssert.Refused(_reader.Read("mystery.txt", bytes), ImportRefusalReason.NotText, "import.refused.unknown-encoding");
    }
}
