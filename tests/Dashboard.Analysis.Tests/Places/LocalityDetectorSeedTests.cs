namespace Dashboard.Analysis.Tests.Places;

public class LocalityDetectorSeedTests
{
    [Fact]
    public void Locality_detector_finds_the_city_of_a_municipal_party_committee()
    {
        var text = PlaceTestData.Seed(PlaceTestData.DongguanSeed);

        var guess = PlaceTestData.Detector.Detect(text);

        Assert.NotNull(guess);
        Assert.Equal("441900", guess.Division.Code);
        Assert.Equal("广东省", guess.Province.Name);
        Assert.Equal("东莞市委", guess.Evidence);
        Assert.Equal("东莞市委", text.Substring(guess.EvidenceStart, guess.EvidenceLength));
        Assert.InRange(guess.Confidence, 0.8, 1.0);
    }

    [Fact]
    public void Suihua_is_the_locality_despite_a_county_company_and_the_city_college()
    {
        var text = PlaceTestData.Seed(PlaceTestData.SuihuaSeed);
        Assert.Contains("肇东市东龙节能新技术有限公司", text, StringComparison.Ordinal);
        Assert.Contains("绥化学院", text, StringComparison.Ordinal);

        var guess = PlaceTestData.Detector.Detect(text);

        Assert.NotNull(guess);
        Assert.Equal("231200", guess.Division.Code);
        Assert.Equal("黑龙江省", guess.Province.Name);
        Assert.Equal("绥化市新质生产力发展大会", guess.Evidence);
        Assert.Equal(guess.Evidence, text.Substring(guess.EvidenceStart, guess.EvidenceLength));
        Assert.InRange(guess.Confidence, 0.8, 1.0);
        var zhaodong = Assert.Single(guess.Alternatives, a => a.Division.Code == "231282");
        Assert.True(zhaodong.Score < 0.5, $"肇东市 scored {zhaodong.Score}");
    }

    [Fact]
    public void Raw_seed_with_traditional_characters_and_pinyin_is_detected_after_normalisation()
    {
        const string raw = "11月28日上午,東莞市委理論學(xué)習(xí)中心組召開(kāi)專題學(xué)習(xí)會(huì),推動(dòng)我市新質(zhì)生產(chǎn)力持續(xù)培育壯大。";

        var guess = PlaceTestData.Detector.Detect(PlaceTestData.Normalise(raw));

        Assert.NotNull(guess);
        Assert.Equal("东莞市", guess.Division.Name);
        Assert.Equal("东莞市委", guess.Evidence);
    }

    [Fact]
    public void Raw_traditional_text_is_not_read_without_normalisation()
    {
        Assert.Null(PlaceTestData.Detector.Detect("綏化學院"));
    }
}
