using Dashboard.Analysis.Text;
using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class PinyinTableTests
{
    private const string Sample = """
        const 带音调拼音=Object.freeze({"乐":"lè,yuè,yào,lào","东":"dōng","莞":"wǎn,guǎn,guān","吕":"lǚ"});
        const 多音字词表=Object.freeze({"东莞":"dōng,guǎn","众行":"zhòngxíng"});
        exports.带音调拼音 = 带音调拼音
        """;

    [Fact]
    public void Pinyin_table_reads_characters_with_all_readings_and_words_with_one_each()
    {
        var table = PinyinTable.Parse(Sample);

        Assert.Equal(4, table.CharacterCount);
        Assert.Equal(["lè", "yuè", "yào", "lào"], table.ReadingsOf("乐"));
        Assert.Equal(["dōng", "guǎn"], table.WordReading("东莞"));
        Assert.Empty(table.ReadingsOf("无"));
    }

    [Fact]
    public void Word_entries_whose_syllables_run_together_are_skipped()
    {
        Assert.Null(PinyinTable.Parse(Sample).WordReading("众行"));
    }

    [Theory]
    [InlineData("东莞", "Dongguan", "dongguan")]
    [InlineData("吕东", "Lüdong", "lvdong")]
    [InlineData("乐东", "Ledong", "ledong")]
    public void Romaniser_prefers_word_entries_then_first_readings_and_writes_u_umlaut_as_v_in_keys(string name, string english, string key)
    {
        var romaniser = new PlaceNameRomaniser(PinyinTable.Parse(Sample));

        Assert.Equal(english, romaniser.English(name));
        Assert.Equal(key, romaniser.SearchKey(name));
    }

    [Theory]
    [InlineData("lǚ", "lü")]
    [InlineData("guǎng", "guang")]
    [InlineData("ē", "e")]
    [InlineData("ń", "n")]
    public void Tone_marks_are_stripped_keeping_u_umlaut(string syllable, string toneless)
    {
        Assert.Equal(toneless, ToneMarks.Strip(syllable));
    }

    [Theory]
    [InlineData("二〇二四", 2024)]
    [InlineData("一九四九", 1949)]
    [InlineData("二零二五", 2025)]
    public void Chinese_years_are_read_digit_by_digit(string text, int value)
    {
        Assert.Equal(value, ChineseNumerals.ParseDigitByDigit(text));
    }

    [Theory]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十八", 28)]
    [InlineData("三十一", 31)]
    public void Chinese_months_and_days_are_read_positionally(string text, int value)
    {
        Assert.Equal(value, ChineseNumerals.Value(text));
    }
}
