using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Sentences_end_at_full_stops_question_and_exclamation_marks_and_line_breaks()
    {
        var sentences = SentenceSplitter.Split("会议强调，要加快发展。真的吗？是的！\n第二段没有句号\n\n  第三段。");
        Assert.Equal(["会议强调，要加快发展。", "真的吗？", "是的！", "第二段没有句号", "第三段。"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_closing_quote_stays_with_the_sentence_it_ends()
    {
        var sentences = SentenceSplitter.Split("他说：“要抓落实。”随后散会。");
        Assert.Equal(["他说：“要抓落实。”", "随后散会。"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Semicolons_do_not_end_a_sentence()
    {
        Assert.Single(SentenceSplitter.Split("加强资金保障；拓展产业空间；强化人才支撑。"));
    }

    [Fact]
    public void Offsets_point_at_the_sentence_in_the_text()
    {
        const string text = "甲。 乙！\n丙";
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            Assert.Equal(sentence.Text, text.Substring(sentence.Start, sentence.Length));
        }
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n \n"));
    }
}
