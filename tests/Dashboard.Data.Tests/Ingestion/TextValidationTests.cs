using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

public class TextValidationTests
{
    private readonly DocumentFileReader _reader = new();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t\n")]
    [InlineData("\u3000\u3000\n")] // ideographic spaces
    public void Empty_or_blank_file_is_refused(string text)
    {
        var refusal = ReadAssert.Refused(
            _reader.Read("blank.txt", SampleTexts.Encode(text, "utf-8")), ImportRefusalReason.Empty, "import.refused.empty");

        Assert.Equal("blank.txt is empty: there is no text to import.", refusal.Message);
    }

    [Fact]
    public void Html_page_with_nothing_but_furniture_is_refused_as_empty()
    {
        var html = "<html><body><nav>首页 政务公开 通知公告</nav><footer>版权所有</footer><script>var a = '政府';</script></body></html>";

        ReadAssert.Refused(_reader.Read("shell.html", SampleTexts.Encode(html, "utf-8")), ImportRefusalReason.Empty, "import.refused.empty");
    }

    [Theory]
    [InlineData("Policy notice: English only.")]
    [InlineData("Четыре иероглифа: 中华人民")]
    [InlineData("ひらがなとカタカナだけ、。")]
    public void Text_with_fewer_than_five_chinese_characters_is_refused(string text)
    {
        var refusal = ReadAssert.Refused(
            _reader.Read("other.txt", SampleTexts.Encode(text, "utf-8")), ImportRefusalReason.NoChineseText, "import.refused.no-chinese");

        Assert.Equal(
            "other.txt contains no Chinese text (fewer than 5 Chinese characters): the dashboard analyses Chinese documents.",
            refusal.Message);
    }

    [Theory]
    [InlineData("中华人民共")]
    [InlineData("Only five: 㐀豈中文字")] // extension A and compatibility ideographs count
    [InlineData("𠀀𠀁𠀂𠀃𠀄")] // extension B, outside the basic plane
    public void Five_chinese_characters_are_enough(string text)
    {
        ReadAssert.Accepted(_reader.Read("short.txt", SampleTexts.Encode(text, "utf-8")));
    }

    [Fact]
    public void Minimum_of_chinese_characters_is_configurable()
    {
        var reader = new DocumentFileReader(new ImportLimits { MinChineseCharacters = 30 });

        var refusal = ReadAssert.Refused(
            reader.Read("short.txt", SampleTexts.Encode(SampleTexts.ShortSimplified, "utf-8")),
            ImportRefusalReason.NoChineseText,
            "import.refused.no-chinese");

        Assert.Contains("fewer than 30 Chinese characters", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pasted_text_is_accepted_as_it_is()
    {
        var text = ReadAssert.Accepted(_reader.ReadPastedText(SampleTexts.Simplified));

        Assert.Equal(SampleTexts.Simplified, text.Text);
        Assert.Equal(DocumentFileReader.PastedTextName, text.FileName);
        Assert.Equal(DocumentFileFormat.PlainText, text.Format);
        Assert.Null(text.Encoding);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(SampleTexts.Simplified), text.ByteCount);
    }

    [Theory]
    [InlineData("", ImportRefusalReason.Empty, "import.refused.empty")]
    [InlineData(" \n\u3000 ", ImportRefusalReason.Empty, "import.refused.empty")]
    [InlineData("Hello, world", ImportRefusalReason.NoChineseText, "import.refused.no-chinese")]
    public void Pasted_text_is_validated_like_a_file(string pasted, ImportRefusalReason reason, string messageKey)
    {
        var refusal = ReadAssert.Refused(_reader.ReadPastedText(pasted), reason, messageKey);

        Assert.StartsWith("Pasted text ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pasted_text_over_the_limit_is_refused_by_its_utf8_size()
    {
        // 400 characters of three UTF-8 bytes each: 1200 bytes, over a 1000-byte limit.
        var reader = new DocumentFileReader(new ImportLimits { MaxFileBytes = 1000 });

        ReadAssert.Refused(reader.ReadPastedText(new string('政', 400)), ImportRefusalReason.TooLarge, "import.refused.too-large");
    }
}
