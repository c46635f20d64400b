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
    [InlineData("学(xue 2)")]
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
