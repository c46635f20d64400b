namespace Dashboard.Normalisation.Tests;

public class PinyinSyllableTests
{
    [Fact]
    public void Syllable_inventory_holds_about_four_hundred_and_ten_syllables() =>
        Assert.InRange(PinyinSyllables.Count, 400, 420);

    [Theory]
    [InlineData("xué")]
    [InlineData("zhuǎng")]
    [InlineData("chuàng")]
    [InlineData("nǚ")]
    [InlineData("lüè")]
    [InlineData("lve4")]
    [InlineData("er")]
    [InlineData("ā")]
    [InlineData("yǔ")]
    [InlineData("jv")]
    [InlineData("qü")]
    public void Reader_accepts_real_syllables(string syllable) =>
        Assert.True(PinyinSyllableReader.IsSyllable(syllable));

    [Theory]
    [InlineData("")]
    [InlineData("AI")]
    [InlineData("Xué")]
    [InlineData("xuè2")]
    [InlineData("xue22")]
    [InlineData("2")]
    [InlineData("xu2e")]
    [InlineData("abc")]
    [InlineData("gv")]
    [InlineData("bo1a")]
    [InlineData("zhuangzhuang")]
    [InlineData("2024")]
    public void Reader_rejects_everything_else(string text) =>
        Assert.False(PinyinSyllableReader.IsSyllable(text));
}
