namespace Dashboard.Data.Ingestion;

/// <summary>Recognises binary files by their first bytes ("magic numbers"), to say what a non-text file looks like.</summary>
internal static class FileSignatures
{
    // How far into a file the PDF header may start (the specification allows leading junk within the first 1024 bytes).
    private const int PdfHeaderWindow = 1024;

    // How far into a ZIP archive we look for the folder names that tell Office documents apart.
    private const int ZipEntryWindow = 64 * 1024;

    private static readonly (byte[] Magic, string Lookalike)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "a program (an ELF executable)"),
        ("MZ"u8.ToArray(), "a Windows program (.exe or .dll)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office file (.doc, .xls, .ppt) or a password-protected document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ("Rar!\u001A\u0007"u8.ToArray(), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (@"{\rtf"u8.ToArray(), "a Rich Text (RTF) document"),
    ];

    public static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8) || bytes.StartsWith("PK\u0007\u0008"u8);

    public static bool IsOleCompoundFile(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    public static bool HasPdfHeader(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>What the content looks like ("a PNG image"), or null when it starts like no binary format we know.</summary>
    public static string? DescribeBinary(ReadOnlySpan<byte> bytes)
    {
        if (IsZip(bytes))
        {
            return DescribeZip(bytes);
        }

        foreach (var (magic, lookalike) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return lookalike;
            }
        }

        return null;
    }

    private static string DescribeZip(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, ZipEntryWindow)];
        return head.IndexOf("word/"u8) >= 0 ? "a Word document (.docx)"
            : head.IndexOf("xl/"u8) >= 0 ? "an Excel workbook (.xlsx)"
            : head.IndexOf("ppt/"u8) >= 0 ? "a PowerPoint presentation (.pptx)"
            : "a ZIP archive";
    }
}
