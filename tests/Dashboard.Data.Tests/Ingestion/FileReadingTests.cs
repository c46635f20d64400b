using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class FileReadingTests : IDisposable
{
    private const long Megabyte = 1024 * 1024;

    private readonly TempFolder _folder = new();
    private readonly DocumentFileReader _reader = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void File_is_read_from_disk_and_named_by_its_path()
    {
        var path = _folder.Write("notice.txt", SampleTexts.Encode(SampleTexts.Traditional, "big5"));

        var text = ReadAssert.Accepted(_reader.ReadFile(path));

        Assert.Equal(SampleTexts.Traditional, text.Text);
        Assert.Equal(path, text.FileName);
        Assert.Equal("big5", text.Encoding);
    }

    [Fact]
    public void Fifty_megabyte_file_is_refused_without_being_read()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var sparse = new FileStream(path, FileMode.CreateNew))
        {
            sparse.SetLength(50 * Megabyte);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = _reader.ReadFile(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var refusal = ReadAssert.Refused(result, ImportRefusalReason.TooLarge, "import.refused.too-large");
        Assert.Equal($"{path} is too large to import (50 MB; the limit is 10 MB).", refusal.Message);
        Assert.True(allocated < Megabyte, $"reading the size allocated {allocated} bytes");
    }

    [Theory]
    [InlineData(10 * Megabyte + 1, "10.1 MB")]
    [InlineData(12 * Megabyte + (Megabyte / 2), "12.5 MB")]
    public void Size_in_the_message_is_rounded_up_so_it_never_equals_the_limit(long size, string shown)
    {
        var refusal = ReadAssert.Refused(
            _reader.Read("big.txt", new byte[size]), ImportRefusalReason.TooLarge, "import.refused.too-large");

        Assert.Equal($"big.txt is too large to import ({shown}; the limit is 10 MB).", refusal.Message);
    }

    [Fact]
    public void Limit_is_configurable()
    {
        var reader = new DocumentFileReader(new ImportLimits { MaxFileBytes = 100 });
        var path = _folder.Write("notice.txt", SampleTexts.Encode(SampleTexts.Simplified, "utf-8"));

        ReadAssert.Refused(reader.ReadFile(path), ImportRefusalReason.TooLarge, "import.refused.too-large");
    }

    [Fact]
    public void Missing_file_is_refused_as_not_found()
    {
        var path = Path.Combine(_folder.Path, "missing.txt");

        var refusal = ReadAssert.Refused(_reader.ReadFile(path), ImportRefusalReason.NotFound, "import.refused.not-found");

        Assert.Equal($"{path} was not found.", refusal.Message);
    }

    [Fact]
    public void Folder_is_refused_as_not_a_file()
    {
        ReadAssert.Refused(_reader.ReadFile(_folder.Path), ImportRefusalReason.NotFound, "import.refused.folder");
    }

    [Theory]
    [InlineData("data.xyz", "data.xyz has an unsupported file type (.xyz): supported are .txt, .html, .htm, .docx, .pdf.")]
    [InlineData("table.xlsx", "table.xlsx has an unsupported file type (.xlsx): supported are .txt, .html, .htm, .docx, .pdf.")]
    public void Unsupported_extension_is_refused_listing_what_is_supported(string fileName, string message)
    {
        var refusal = ReadAssert.Refused(
            _reader.Read(fileName, SampleTexts.Encode(SampleTexts.Simplified, "utf-8")),
            ImportRefusalReason.Unsupported,
            "import.refused.unsupported");

        Assert.Equal(message, refusal.Message);
    }

    [Theory]
    [InlineData("通知.doc")]
    [InlineData("通知.WPS")]
    public void Old_word_processor_file_is_refused_with_how_to_convert_it(string fileName)
    {
        var refusal = ReadAssert.Refused(
            _reader.ReadFile(_folder.Write(fileName, [0xD0, 0xCF, 0x11, 0xE0])),
            ImportRefusalReason.Unsupported,
            "import.refused.unsupported-save-as-docx");

        Assert.Contains("save it as .docx", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("README")]
    [InlineData("NOTICE.TXT")]
    [InlineData("page.HTM")]
    public void Extension_is_matched_ignoring_case_and_no_extension_is_plain_text(string fileName)
    {
        ReadAssert.Accepted(_reader.Read(fileName, SampleTexts.Encode(SampleTexts.Simplified, "utf-8")));
    }
}
