using System.Text;

namespace Dashboard.Normalisation.Tests;

public class OffsetMapTests
{
    [Fact]
    public void Span_of_a_word_covers_the_annotations_inside_it_but_not_after_it()
    {
        var normalised = Normalisers.Default.Normalise("學(xué)習(xí)");

        Assert.Equal("学习", normalised.Text);
        Assert.Equal((0, 7), normalised.ToSourceSpan(0, 2)); // 學(xué)習
        Assert.Equal((0, 1), normalised.ToSourceSpan(0, 1)); // 學
        Assert.Equal((6, 1), normalised.ToSourceSpan(1, 1)); // 習
    }

    [Fact]
    public void Offsets_point_at_the_source_characters()
    {
        var normalised = Normalisers.Default.Normalise("學(xué)習(xí)");

        Assert.Equal(0, normalised.ToSourceOffset(0));
        Assert.Equal(6, normalised.ToSourceOffset(1));
        Assert.Equal(11, normalised.ToSourceOffset(2));
    }

    [Theory]
    [InlineData("甲\r\n乙", 1, 1, 1, 2)]
    [InlineData("甲   乙", 1, 1, 1, 3)]
    [InlineData("　甲\u3000\u3000乙　", 0, 3, 1, 4)]
    [InlineData("甲\n\n\n乙", 1, 2, 1, 3)]
    [InlineData("甲\u200B乙", 0, 2, 0, 3)]
    [InlineData("字號: 大 中 小\n正文", 0, 2, 10, 2)]
    [InlineData("上午,東莞", 2, 1, 2, 1)]
    public void Span_covers_what_was_removed_or_merged_inside_it(string raw, int start, int length, int sourceStart, int sourceLength) =>
        Assert.Equal((sourceStart, sourceLength), Normalisers.Default.Normalise(raw).ToSourceSpan(start, length));

    [Fact]
    public void Empty_span_maps_to_an_empty_span()
    {
        var normalised = Normalisers.Default.Normalise("學(xué)習(xí)");

        Assert.Equal((6, 0), normalised.ToSourceSpan(1, 0));
        Assert.Equal((11, 0), normalised.ToSourceSpan(2, 0));
    }

    [Fact]
    public void Offsets_outside_the_text_are_rejected()
    {
        var normalised = Normalisers.Default.Normalise("學(xué)習(xí)");

        Assert.Throws<ArgumentOutOfRangeException>(() => normalised.ToSourceOffset(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalised.ToSourceOffset(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalised.ToSourceSpan(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalised.ToSourceSpan(0, -1));
    }

    [Fact]
    public void Empty_text_maps_its_only_offset_to_the_end_of_the_source()
    {
        var normalised = Normalisers.Default.Normalise(" \n ");

        Assert.Equal(3, normalised.ToSourceOffset(0));
        Assert.Equal((3, 0), normalised.ToSourceSpan(0, 0));
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void Every_chinese_character_of_a_seed_maps_to_the_source_character_it_was_converted_from(string seed)
    {
        var normalised = Normalisers.Default.Normalise(Seeds.Read(seed));
        var text = normalised.Text;

        for (var i = 0; i < text.Length; i += Rune.GetRuneAt(text, i).Utf16SequenceLength)
        {
            var output = Rune.GetRuneAt(text, i);
            if (!IsIdeograph(output))
            {
                continue;
            }

            var (start, length) = normalised.ToSourceSpan(i, output.Utf16SequenceLength);
            var source = normalised.Source.Substring(start, length);
            Assert.True(
                Normalisers.Normalise(source) == output.ToString(),
                $"{output} at {i} maps to '{source}' at {start}, which does not convert to it.");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void Seed_map_never_goes_backwards(string seed)
    {
        var normalised = Normalisers.Default.Normalise(Seeds.Read(seed));

        var previous = (Start: 0, End: 0);
        for (var i = 0; i < normalised.Text.Length; i++)
        {
            var (start, length) = normalised.ToSourceSpan(i, 1);
            Assert.True(length > 0, $"character {i} maps to nothing");
            Assert.True(start >= previous.Start && start + length >= previous.End, $"character {i} maps before character {i - 1}");
            Assert.Equal(start, normalised.ToSourceOffset(i));
            previous = (start, start + length);
        }

        Assert.Equal(normalised.Source.Length, normalised.ToSourceOffset(normalised.Text.Length));
    }

    private static bool IsIdeograph(Rune rune) =>
        rune.Value is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0x20000 and <= 0x3FFFF);
}
