using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

public class EncodingDetectionTests
{
    private readonly DocumentFileReader _reader = new();

    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("utf-8-bom", "utf-8-bom")]
    [InlineData("utf-16le-bom", "utf-16le")]
    [InlineData("utf-16be-bom", "utf-16be")]
    [InlineData("utf-32le-bom", "utf-32le")]
    [InlineData("utf-16le", "utf-16le")]
    [InlineData("utf-16be", "utf-16be")]
    [InlineData("gb18030", "gb18030")]
    [InlineData("gbk", "gb18030")]
    public void Simplified_text_decodes_to_the_exact_original(string writtenIn, string detectedAs)
    {
        var text = ReadAssert.Accepted(_reader.Read("notice.txt", SampleTexts.Encode(SampleTexts.Simplified, writtenIn)));

        Assert.Equal(SampleTexts.Simplified, text.Text);
        Assert.Equal(detectedAs, text.Encoding);
        Assert.Equal(DocumentFileFormat.PlainText, text.Format);
    }

    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("utf-16le", "utf-16le")]
    [InlineData("big5", "big5")]
    [InlineData("gb18030", "gb18030")]
    public void Traditional_text_decodes_to_the_exact_original(string writtenIn, string detectedAs)
    {
        var text = ReadAssert.Accepted(_reader.Read("notice.txt", SampleTexts.Encode(SampleTexts.Traditional, writtenIn)));

        Assert.Equal(SampleTexts.Traditional, text.Text);
        Assert.Equal(detectedAs, text.Encoding);
    }

    [Theory]
    [InlineData(SampleTexts.ShortSimplified, "gb18030")]
    [InlineData(SampleTexts.ShortTraditional, "big5")]
    [InlineData(SampleTexts.ShortTraditional, "gb18030")]
    [InlineData(SampleTexts.ShortSimplified, "utf-16le")]
    [InlineData(SampleTexts.ShortTraditional, "utf-16be")]
    public void One_sentence_is_enough_to_tell_the_encoding(string sentence, string encoding)
    {
        var text = ReadAssert.Accepted(_reader.Read("short.txt", SampleTexts.Encode(sentence, encoding)));

        Assert.Equal(sentence, text.Text);
        Assert.Equal(encoding, text.Encoding);
    }

    [Theory]
    [InlineData("000_7fb5d263923113ca.txt", "big5")]
    [InlineData("000_7fb5d263923113ca.txt", "gb18030")]
    [InlineData("002_f6af64227d9b497f.txt", "big5")]
    [InlineData("002_f6af64227d9b497f.txt", "gb18030")]
    public void Seed_documents_read_back_in_legacy_encodings(string seed, string encoding)
    {
        var original = SampleTexts.Seed(seed);

        var text = ReadAssert.Accepted(_reader.Read(seed, SampleTexts.Encode(original, encoding)));

        Assert.Equal(original, text.Text);
        Assert.Equal(encoding, text.Encoding);
    }

    [Fact]
    public void Utf16_without_byte_order_mark_is_found_by_its_zero_bytes_when_mostly_ascii()
    {
        var original = "Policy notice 2024-03-01, ref. DG/2024/17: 关于加快发展新质生产力的实施意见\r\nSee attachment 1.\r\n";

        var text = ReadAssert.Accepted(_reader.Read("mixed.txt", SampleTexts.Encode(original, "utf-16le")));

        Assert.Equal(original, text.Text);
        Assert.Equal("utf-16le", text.Encoding);
    }

    [Fact]
    public void Utf16_without_byte_order_mark_is_found_when_it_has_no_zero_bytes_at_all()
    {
        // All Chinese with full-width punctuation: no code unit has a zero byte, so only the characters tell.
        var original = "东莞市委理论学习中心组举行专题学习会，深入学习贯彻重要论述精神。";
        var bytes = SampleTexts.Encode(original, "utf-16le");
        Assert.DoesNotContain((byte)0, bytes);

        var text = ReadAssert.Accepted(_reader.Read("cjk.txt", bytes));

        Assert.Equal(original, text.Text);
        Assert.Equal("utf-16le", text.Encoding);
    }

    [Fact]
    public void Plain_text_keeps_its_line_ends_and_spacing()
    {
        var original = "　　第一条　为了规范管理，制定本办法。\r\n\r\n　　第二条　本办法适用于全市。\r\n";

        var text = ReadAssert.Accepted(_reader.Read("rules.txt", SampleTexts.Encode(original, "gb18030")));

        Assert.Equal(original, text.Text);
    }

    [Fact]
    public void Byte_count_is_the_size_of_the_file()
    {
        var bytes = SampleTexts.Encode(SampleTexts.Simplified, "utf-8-bom");

        var text = ReadAssert.Accepted(_reader.Read("notice.txt", bytes));

        Assert.Equal(bytes.Length, text.ByteCount);
    }
}
