using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The list's URL parameters and the highlight cutting, without a database.</summary>
public sealed class DocumentListTests
{
    [Theory]
    [InlineData("title", DocumentSort.Title, false)]
    [InlineData("words-desc", DocumentSort.Words, true)]
    [InlineData("top-theme", DocumentSort.TopTheme, false)]
    [InlineData("nonsense", DocumentSort.Date, true)]
    public void The_sort_reads_from_the_URL_and_unknown_values_fall_back_to_newest_first(string slug, DocumentSort sort, bool descending)
    {
        var request = DocumentListRequest.Parse(new Dictionary<string, string?> { ["sort"] = slug, ["q"] = " 绥化 ", ["page"] = "3" });

        Assert.Equal(sort, request.Sort);
        Assert.Equal(descending, request.Descending);
        Assert.Equal("绥化", request.Query);
        Assert.Equal(3, request.Page);
    }

    [Fact]
    public void The_default_list_has_a_clean_URL_and_a_second_click_on_a_column_reverses_it()
    {
        Assert.All(DocumentListRequest.Default.ToQuery().Values, Assert.Null);
        var byTitle = DocumentListRequest.Default.SortedBy(DocumentSort.Title);
        Assert.Equal("title", byTitle.ToQuery()["sort"]);
        Assert.Equal("title-desc", byTitle.SortedBy(DocumentSort.Title).ToQuery()["sort"]);
        Assert.Null((byTitle with { Page = 4 }).SortedBy(DocumentSort.Words).ToQuery()["page"]);
        Assert.Equal(byTitle, DocumentListRequest.Parse(byTitle.ToQuery().ToDictionary(kv => kv.Key, kv => (string?)kv.Value)));
    }

    [Fact]
    public void Overlapping_highlights_cut_the_text_so_each_piece_carries_every_mark_over_it()
    {
        const string text = "加快发展未来产业和战略性新兴产业。";
        var theme = new TextMark(TextMarkKind.Theme, "future-industries", "未来产业");
        var measure = new TextMark(TextMarkKind.Instrument, "planning", "supply");

        var segments = DocumentHighlights.Cut(text, 0, text.Length, [new MarkedSpan(4, 4, theme), new MarkedSpan(0, 16, measure)]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["加快发展", "未来产业", "和战略性新兴产业", "。"], segments.Select(s => s.Text));
        Assert.Equal([measure], segments[0].Marks);
        Assert.Equal([theme, measure], segments[1].Marks.OrderBy(m => m.Kind));
        Assert.Empty(segments[3].Marks);
    }

    [Fact]
    public void Sentences_keep_their_indexes_and_get_only_their_own_highlights()
    {
        const string text = "第一句话。\n发展未来产业。第三句。";
        var spans = new[] { new MarkedSpan(8, 4, new TextMark(TextMarkKind.Theme, "future-industries", "未来产业")) };

        var sentences = DocumentHighlights.Sentences(text, spans);

        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
        Assert.Equal(["第一句话。", "发展未来产业。", "第三句。"], sentences.Select(s => s.Text));
        Assert.Empty(sentences[0].Segments.SelectMany(s => s.Marks));
        Assert.Equal("未来产业", sentences[1].Segments.Single(s => s.Marks.Count > 0).Text);
        Assert.Empty(sentences[2].Segments.SelectMany(s => s.Marks));
    }
}
