using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class ImportSourcesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Folder_is_walked_recursively_in_sorted_order_skipping_hidden_entries()
    {
        _folder.Write("b.txt", "乙");
        _folder.Write("a.html", "甲");
        _folder.Write("sub/c.docx", "丙");
        _folder.Write("sub/deeper/d.pdf", "丁");
        _folder.Write("README", "说明");
        _folder.Write(".hidden.txt", "隐藏");
        _folder.Write(".git/notes.txt", "隐藏");
        _folder.Write("sub/~$c.docx", "锁文件");

        var sources = ImportSources.Enumerate([_folder.Path]);

        Assert.Equal(
            [Under("README"), Under("a.html"), Under("b.txt"), Under("sub/c.docx"), Under("sub/deeper/d.pdf")],
            sources.Files);
        Assert.Empty(sources.Refusals);
    }

    [Fact]
    public void Unsupported_files_in_a_folder_are_reported_not_imported()
    {
        _folder.Write("notice.txt", "通知");
        _folder.Write("photo.png", BinaryRefusalTests.Png);
        _folder.Write("sub/table.xlsx", "表");

        var sources = ImportSources.Enumerate([_folder.Path]);

        Assert.Equal([Under("notice.txt")], sources.Files);
        Assert.Equal([Under("photo.png"), Under("sub/table.xlsx")], sources.Refusals.Select(refusal => refusal.FileName));
        Assert.All(sources.Refusals, refusal =>
        {
            Assert.Equal(ImportRefusalReason.Unsupported, refusal.Reason);
            Assert.Equal("import.refused.unsupported", refusal.MessageKey);
        });
    }

    [Fact]
    public void Files_are_taken_as_given_and_missing_paths_are_refused()
    {
        var hidden = _folder.Write(".given-explicitly.txt", "通知");
        var second = _folder.Write("second.txt", "通知");
        var missing = Path.Combine(_folder.Path, "missing.txt");

        var sources = ImportSources.Enumerate([second, missing, hidden, second]);

        Assert.Equal([second, hidden], sources.Files);
        var refusal = Assert.Single(sources.Refusals);
        Assert.Equal(ImportRefusalReason.NotFound, refusal.Reason);
        Assert.Equal("import.refused.not-found", refusal.MessageKey);
        Assert.Equal(missing, refusal.FileName);
    }

    [Fact]
    public void Enumerated_files_read_as_text_or_refusals()
    {
        _folder.Write("one.txt", SampleTexts.Encode(SampleTexts.Simplified, "gb18030"));
        _folder.Write("two.txt", SampleTexts.Encode(SampleTexts.Traditional, "big5"));
        var reader = new DocumentFileReader();

        var results = ImportSources.Enumerate([_folder.Path]).Files.Select(reader.ReadFile).ToList();

        Assert.Equal(["gb18030", "big5"], results.Select(result => ReadAssert.Accepted(result).Encoding));
    }

    private string Under(string relativePath) =>
        Path.Combine([_folder.Path, .. relativePath.Split('/')]);
}
