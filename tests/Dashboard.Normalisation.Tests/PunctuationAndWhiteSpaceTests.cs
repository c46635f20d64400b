namespace Dashboard.Normalisation.Tests;

public class PunctuationAndWhiteSpaceTests
{
    [Theory]
    [InlineData("上午,东莞", "上午，东莞")]
    [InlineData("通知:请", "通知：请")]
    [InlineData("一;二", "一；二")]
    [InlineData("好!", "好！")]
    [InlineData("是吗?", "是吗？")]
    [InlineData("好!!", "好！！")]
    [InlineData("上午 , 东莞", "上午 ， 东莞")]
    [InlineData("“组合拳”,营造", "“组合拳”，营造")]
    [InlineData("（市、区）,各部门", "（市、区），各部门")]
    [InlineData("网址:www.gov.cn", "网址：www.gov.cn")]
    public void Normaliser_makes_ascii_punctuation_next_to_chinese_full_width(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("管理办法(试行)", "管理办法（试行）")]
    [InlineData("(市、区)", "（市、区）")]
    [InlineData("Python (编程语言)", "Python （编程语言）")]
    public void Normaliser_makes_parentheses_around_chinese_full_width(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("Ａｂｃ１２３", "Abc123")]
    [InlineData("第１季度ＧＤＰ增长", "第1季度GDP增长")]
    public void Normaliser_makes_full_width_letters_and_digits_half_width(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("增长3.5%,达到", "增长3.5%，达到")]
    [InlineData("上午10:30召开", "上午10:30召开")]
    [InlineData("投资1,000万元", "投资1,000万元")]
    [InlineData("构建“4106”现代化产业体系", "构建“4106”现代化产业体系")]
    [InlineData("构建\"4106\"现代化产业体系", "构建\"4106\"现代化产业体系")]
    [InlineData("实施“十百千万百万”人才工程", "实施“十百千万百万”人才工程")]
    [InlineData("(2024)年", "(2024)年")]
    [InlineData("推动AI和IoT应用", "推动AI和IoT应用")]
    [InlineData("see http://www.gov.cn/a?id=3", "see http://www.gov.cn/a?id=3")]
    public void Normaliser_keeps_numbers_quotes_and_latin_words(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("甲\u3000乙", "甲 乙")]
    [InlineData("甲\u00A0\t 乙", "甲 乙")]
    [InlineData("甲\u2002\u202F乙", "甲 乙")]
    [InlineData("　　会议指出，  要加快。　", "会议指出， 要加快。")]
    [InlineData("甲 乙", "甲 乙")]
    [InlineData("Hello   world", "Hello world")]
    public void Normaliser_unifies_and_collapses_spaces(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("第一句\n第二句", "第一句\n第二句")]
    [InlineData("第一句\r\n第二句\r第三句", "第一句\n第二句\n第三句")]
    [InlineData("第一句\u2029第二句", "第一句\n第二句")]
    [InlineData("第一句 \n 第二句", "第一句\n第二句")]
    [InlineData("第一段\n\n\n\n第二段", "第一段\n\n第二段")]
    [InlineData("第一段\n \n\u3000\n第二段", "第一段\n\n第二段")]
    [InlineData("\n\n第一段\n\n", "第一段")]
    public void Normaliser_keeps_line_breaks_and_collapses_blank_lines(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("\uFEFF正文", "正文")]
    [InlineData("正\u200B文\u200C内\u200D容\uFEFF", "正文内容")]
    [InlineData("正\u0001文\u007F内\u0085容", "正文内\n容")]
    [InlineData("a\u00ADb", "ab")]
    public void Normaliser_removes_byte_order_mark_zero_width_and_control_characters(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Fact]
    public void Normaliser_handles_empty_input() =>
        Assert.Equal("", Normalisers.Normalise(""));

    [Fact]
    public void Normaliser_turns_white_space_only_input_into_empty_text() =>
        Assert.Equal("", Normalisers.Normalise(" \t\u3000\r\n\n \u00A0\n"));

    [Fact]
    public void Normaliser_leaves_text_without_chinese_alone()
    {
        const string English = "Hello, world! (2024) 3.5% \"quoted\": yes; no?";

        Assert.Equal(English, Normalisers.Normalise(English));
    }
}
