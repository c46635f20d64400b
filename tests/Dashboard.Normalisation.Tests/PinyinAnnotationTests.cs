namespace Dashboard.Normalisation.Tests;

public class PinyinAnnotationTests
{
    [Theory]
    [InlineData("學(xué)習(xí)", "学习")]
    [InlineData("調(diào)", "调")]
    [InlineData("會(huì)議", "会议")]
    [InlineData("長(zhǎng)", "长")]
    [InlineData("創(chuàng)新", "创新")]
    [InlineData("綠(lǜ)色", "绿色")]
    [InlineData("學（xué）習（xí）", "学习")]
    [InlineData("學（xué)習(xí）", "学习")]
    public void Normaliser_removes_pinyin_with_tone_marks_after_characters(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("學(xue2)習(xi2)", "学习")]
    [InlineData("綠(lv4)色", "绿色")]
    [InlineData("綠(lü4)色", "绿色")]
    [InlineData("的(de5)", "的")]
    [InlineData("莊(zhuang1)", "庄")]
    public void Normaliser_removes_pinyin_with_tone_numbers(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("我的(de)書(shu)", "我的书")]
    [InlineData("綠(lv)", "绿")]
    [InlineData("綠(lü)", "绿")]
    [InlineData("學(xue\u0301)", "学")]
    public void Normaliser_removes_plain_and_decomposed_pinyin(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("党中(zhong)央", "党中央")]
    [InlineData("建设中(zhong)奋力", "建设中奋力")]
    [InlineData("整改情况(kuang)", "整改情况")]
    [InlineData("省(sheng)委", "省委")]
    [InlineData("在(zai)", "在")]
    [InlineData("自治(zhi)州", "自治州")]
    [InlineData("党中（zhong）央", "党中央")]
    [InlineData("整改情况（kuang）", "整改情况")]
    [InlineData("省（sheng）委", "省委")]
    [InlineData("自治（zhi）州", "自治州")]
    [InlineData("省（ｓｈｅｎｇ）委", "省委")]
    public void Normaliser_removes_plain_letter_syllables_real_pages_carry(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("副(f\nu)書記(ji)", "副书记")]
    [InlineData("副（f\nu）書記（ji）", "副书记")]
    [InlineData("副(f\r\nu)書記(ji)", "副书记")]
    [InlineData("書記( ji )", "书记")]
    [InlineData("書記(j i)", "书记")]
    [InlineData("學(xue 2)", "学")]
    [InlineData("蒙古(gu)族(zu)藏族(zu)自治州", "蒙古族藏族自治州")]
    [InlineData("蒙古（gu）族（zu）藏族（zu）自治州", "蒙古族藏族自治州")]
    [InlineData("海西蒙古(gu)族(zu)藏(zang)族(zu)自治(zhi)州(zhou)", "海西蒙古族藏族自治州")]
    public void Normaliser_removes_syllables_wrapped_over_a_line_or_spaced(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("我們(men)", "我们")]
    [InlineData("什麼(me)", "什么")]
    [InlineData("安(an)全", "安全")]
    [InlineData("參(can)加", "参加")]
    [InlineData("龍(long)", "龙")]
    public void An_English_looking_syllable_that_reads_the_character_before_it_is_removed(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("部分(an)")]
    [InlineData("告诉我(me)")]
    [InlineData("男人(men)")]
    [InlineData("可以(can)")]
    [InlineData("他说(he)")]
    public void An_English_word_that_is_no_reading_of_the_character_before_it_stays(string raw) =>
        Assert.Equal(raw, Normalisers.Normalise(raw));

    [Fact]
    public void Offsets_stay_exact_through_wrapped_and_plain_annotations()
    {
        const string raw = "副(f\nu)書記(ji)到蒙古（gu）族（zu）藏族（zu）自治州";
        var normalised = Normalisers.Default.Normalise(raw);

        Assert.Equal("副书记到蒙古族藏族自治州", normalised.Text);
        var place = normalised.Text.IndexOf("蒙古族藏族自治州", StringComparison.Ordinal);
        var (start, length) = normalised.ToSourceSpan(place, "蒙古族藏族自治州".Length);
        Assert.Equal("蒙古（gu）族（zu）藏族（zu）自治州", raw.Substring(start, length));
        var (clerkStart, clerkLength) = normalised.ToSourceSpan(1, 2);
        Assert.Equal("書記", raw.Substring(clerkStart, clerkLength));
    }

    [Theory]
    [InlineData("（试行）")]
    [InlineData("管理办法（试行）")]
    [InlineData("(2024)")]
    [InlineData("人工智能(AI)")]
    [InlineData("人工智能(Ai)")]
    [InlineData("中国(China)")]
    [InlineData("第一条(abc)")]
    [InlineData("抄送(vip)")]
    [InlineData("text(xué)")]
    [InlineData("2024(de)")]
    [InlineData("“学”(xué)")]
    [InlineData("学 (xué)")]
    [InlineData("学(xué2)")]
    [InlineData("学(xuéé)")]
    [InlineData("学(xué")]
    [InlineData("学(zhuangg)")]
    public void Normaliser_keeps_parentheses_that_are_not_pinyin_after_a_character(string raw) =>
        Assert.Equal(raw, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("本报(记者陈浩)", "本报（记者陈浩）")]
    [InlineData("各縣(市、區(qū))", "各县（市、区）")]
    [InlineData("各縣（市、區(qū)）設分會場", "各县（市、区）设分会场")]
    public void Normaliser_keeps_real_parentheses_around_chinese_as_full_width(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));
}
