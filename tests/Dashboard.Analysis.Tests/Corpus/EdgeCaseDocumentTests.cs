using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Priorities;
using Dashboard.Analysis.Tests.Support;

namespace Dashboard.Analysis.Tests.Corpus;

/// <summary>Texts written for the cases the seeds do not show.</summary>
public class EdgeCaseDocumentTests
{
    private static Dashboard.Analysis.Corpus.DocumentAnalysis Analyze(string text, string? localityCode = null) =>
        SeedCorpus.Instance.Analyzer.Analyze(new DocumentInput("t", text) { LocalityCode = localityCode });

    [Fact]
    public void A_text_with_no_locality_is_left_unplaced()
    {
        var document = Analyze("会议强调，要加快发展新质生产力，推动科技创新和产业创新深度融合。");
        Assert.Null(document.Locality);
        Assert.Null(document.DetectedLocality);
        Assert.NotEmpty(document.ThemeHits);
    }

    [Fact]
    public void A_province_level_text_is_placed_in_the_province()
    {
        var document = Analyze("1月15日，黑龙江省新质生产力发展大会在哈尔滨召开。省委书记强调，全省上下要加快构建现代化产业体系，推进农业强省建设。");
        Assert.Equal("230000", document.Locality!.Code);
        Assert.Equal("province", document.Locality.Level);
    }

    [Fact]
    public void A_county_text_is_placed_in_the_county()
    {
        var document = Analyze("肇东市委常委会召开会议，研究部署加快发展新质生产力工作。会议强调，全市要壮大玉米深加工产业集群。");
        Assert.Equal("231282", document.Locality!.Code);
        Assert.Equal("231200", document.Locality.Code[..4] + "00");
    }

    [Fact]
    public void Traditional_characters_with_pinyin_noise_are_analysed_as_simplified_text()
    {
        var document = Analyze("3月2日，東莞市委召開會(huì)議，強調(diào)要加快發(fā)展(zhǎn)未來產(chǎn)業(yè)和戰略性新興產業。");
        Assert.Equal("441900", document.Locality!.Code);
        Assert.Contains(document.ThemeHits, h => h.Term == "未来产业");
        Assert.Contains(document.ThemeHits, h => h.Term == "战略性新兴产业");
        Assert.DoesNotContain("(", document.NormalisedText);
    }

    [Fact]
    public void A_text_naming_no_sector_yields_no_sector()
    {
        var document = Analyze("会议强调，要提高政治站位，压实主体责任，确保各项任务落地见效。");
        Assert.DoesNotContain(document.Priorities, p => p.Kind == PriorityKind.Industry);
    }

    [Fact]
    public void Known_metadata_wins_over_detection()
    {
        var document = SeedCorpus.Instance.Analyzer.Analyze(new DocumentInput("t", "东莞市委召开会议。")
        {
            LocalityCode = "231200",
            Title = "给定标题",
            Date = new PolicyDate(2024, 2, 14),
        });
        Assert.Equal("231200", document.Locality!.Code);
        Assert.Equal("441900", document.DetectedLocality!.Place.Code);
        Assert.Equal("给定标题", document.Title);
        Assert.Equal(new PolicyDate(2024, 2, 14), document.Date);
    }

    [Fact]
    public void An_empty_text_gives_an_empty_analysis()
    {
        var document = Analyze("");
        Assert.Equal(0, document.WordTokens);
        Assert.Empty(document.ThemeHits);
        Assert.Empty(document.Measures);
        Assert.Empty(document.Priorities);
        Assert.Equal(PolicyDate.Unknown, document.Date);
    }
}
