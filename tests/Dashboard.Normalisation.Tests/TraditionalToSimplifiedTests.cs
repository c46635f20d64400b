namespace Dashboard.Normalisation.Tests;

public class TraditionalToSimplifiedTests
{
    [Theory]
    [InlineData("東莞市委理論學習中心組", "东莞市委理论学习中心组")]
    [InlineData("綏化市發展大會", "绥化市发展大会")]
    [InlineData("简体字不变", "简体字不变")]
    public void Normaliser_converts_traditional_characters(string raw, string expected) =>
        Assert.Equal(expected, Normalisers.Normalise(raw));

    [Theory]
    [InlineData("乾", "干", "乾坤", "乾坤")]
    [InlineData("瞭", "瞭", "一目瞭然", "一目了然")]
    public void Normaliser_prefers_the_phrase_table_to_the_character_table(
        string character, string characterAlone, string phrase, string phraseConverted)
    {
        Assert.Equal(characterAlone, OpenCcFiles.Lookup(OpenCcFiles.Characters, character));
        Assert.Equal(phraseConverted, OpenCcFiles.Lookup(OpenCcFiles.Phrases, phrase));

        Assert.Equal(characterAlone, Normalisers.Normalise(character));
        Assert.Equal(phraseConverted, Normalisers.Normalise(phrase));
    }

    [Theory]
    [InlineData("陰沈", "阴沉", "陰沈沈", "阴沉沉")]
    [InlineData("乾斷", "乾断", "乾斷食", "干断食")]
    public void Normaliser_takes_the_longest_phrase(string shorter, string shorterConverted, string longer, string longerConverted)
    {
        Assert.Equal(shorterConverted, OpenCcFiles.Lookup(OpenCcFiles.Phrases, shorter));
        Assert.Equal(longerConverted, OpenCcFiles.Lookup(OpenCcFiles.Phrases, longer));

        Assert.Equal(shorterConverted, Normalisers.Normalise(shorter));
        Assert.Equal(longerConverted, Normalisers.Normalise(longer));
    }

    [Fact]
    public void Normaliser_converts_characters_outside_the_basic_plane()
    {
        Assert.Equal("𠀾", OpenCcFiles.Lookup(OpenCcFiles.Characters, "𠁞"));

        var normalised = Normalisers.Default.Normalise("甲𠁞乙");

        Assert.Equal("甲𠀾乙", normalised.Text);
        Assert.Equal((1, 2), normalised.ToSourceSpan(1, 2));
        Assert.Equal(3, normalised.ToSourceOffset(3));
    }

    [Fact]
    public void Phrase_that_becomes_a_character_outside_the_basic_plane_keeps_a_per_character_map()
    {
        Assert.Equal("二𫫇英", OpenCcFiles.Lookup(OpenCcFiles.Phrases, "二噁英"));

        var normalised = Normalisers.Default.Normalise("二噁英");

        Assert.Equal("二𫫇英", normalised.Text);
        Assert.Equal((1, 1), normalised.ToSourceSpan(1, 2));
        Assert.Equal(2, normalised.ToSourceOffset(3));
    }
}
