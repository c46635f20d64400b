using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class LocalityDetectorRuleTests
{
    [Fact]
    public void A_session_of_a_city_congress_names_the_city()
    {
        var guess = PlaceTestData.Detector.Detect("合肥市第十七届人民代表大会第四次会议开幕");

        Assert.NotNull(guess);
        Assert.Equal("合肥市", guess.Division.Name);
        Assert.Equal("安徽省", guess.Province.Name);
        Assert.Equal("合肥市第十七届人民代表大会第四次会议", guess.Evidence);
    }

    [Theory]
    [InlineData("中共绥化市委召开常委会会议。", "231200", "中共绥化市委")]
    [InlineData("绥化市人民政府印发《关于加快发展新质生产力的实施意见》。", "231200", "绥化市人民政府")]
    [InlineData("绥化市新质生产力发展大会召开。", "231200", "绥化市新质生产力发展大会")]
    [InlineData("黑龙江省委常委会召开会议。", "230000", "黑龙江省委")]
    [InlineData("东莞市科学技术局印发通知。", "441900", "东莞市科学技术局")]
    public void Issuing_bodies_meetings_and_departments_give_the_place_away(string text, string code, string evidence)
    {
        var guess = PlaceTestData.Detector.Detect(text);

        Assert.NotNull(guess);
        Assert.Equal(code, guess.Division.Code);
        Assert.Equal(evidence, guess.Evidence);
    }

    [Theory]
    [InlineData("中共黑龙江省绥化市委召开常委会会议。", "231200", "中共黑龙江省绥化市委")]
    [InlineData("广东省东莞市人民政府办公室印发通知。", "441900", "广东省东莞市人民政府")]
    [InlineData("北京市朝阳区召开推进会。朝阳区要加快发展。", "110105", "北京市朝阳区召开推进会")]
    [InlineData("恩施州委召开全会。", "422800", "恩施州委")]
    [InlineData("大兴安岭地委召开会议。", "232700", "大兴安岭地委")]
    public void A_place_written_with_its_province_or_city_in_front_is_the_inner_place(string text, string code, string evidence)
    {
        var guess = PlaceTestData.Detector.Detect(text);

        Assert.NotNull(guess);
        Assert.Equal(code, guess.Division.Code);
        Assert.Equal(evidence, guess.Evidence);
    }

    [Theory]
    [InlineData("湖南长沙：全力打造全球研发中心城市。", "430100")]
    [InlineData("深圳市南山区科技创新局关于组织申报科技计划项目的通知", "440305")]
    [InlineData("鹤岗市南山区召开推进会。", "230404")]
    [InlineData("海南自由贸易港建设取得新进展。", "460000")]
    [InlineData("推动吉林全面振兴取得新突破。", "220000")]
    public void Shared_names_mean_the_one_the_context_points_at_else_the_higher_level(string text, string code)
    {
        Assert.Equal(code, PlaceTestData.Detector.Detect(text)?.Division.Code);
    }

    [Fact]
    public void A_province_government_notice_listing_its_cities_is_about_the_province()
    {
        const string text = "黑龙江省人民政府关于印发加快发展新质生产力行动方案的通知。各市（地）、县（市）人民政府：哈尔滨市、齐齐哈尔市、牡丹江市、佳木斯市、大庆市要率先突破。";

        Assert.Equal("230000", PlaceTestData.Detector.Detect(text)?.Division.Code);
    }

    [Fact]
    public void Detection_from_many_threads_agrees()
    {
        var text = PlaceTestData.Seed(PlaceTestData.SuihuaSeed);
        var codes = new string?[32];

        Parallel.For(0, codes.Length, i => codes[i] = PlaceTestData.Detector.Detect(text)?.Division.Code);

        Assert.All(codes, code => Assert.Equal("231200", code));
    }

    [Fact]
    public void A_provincial_conference_is_about_the_province_even_when_held_in_a_city()
    {
        const string text = "2月6日，全省新质生产力发展大会在哈尔滨召开。省委书记许勤出席会议并讲话。他强调，全省上下要深入贯彻落实，推动黑龙江高质量发展。";

        var guess = PlaceTestData.Detector.Detect(text);

        Assert.NotNull(guess);
        Assert.Equal("230000", guess.Division.Code);
        Assert.Same(guess.Division, guess.Province);
        Assert.Equal("全省新质生产力发展大会", guess.Evidence);
        Assert.Contains(guess.Alternatives, a => a.Division.Name == "哈尔滨市");
    }

    [Fact]
    public void A_county_party_committee_makes_the_county_the_locality_even_when_its_city_is_named()
    {
        var guess = PlaceTestData.Detector.Detect("肇东市委常委会召开会议，传达学习绥化市委全会精神。");

        Assert.NotNull(guess);
        Assert.Equal("231282", guess.Division.Code);
        Assert.Equal("黑龙江省", guess.Province.Name);
        Assert.Equal("肇东市委", guess.Evidence);
        // The city's plenum it conveys names its superior as a reference: no candidate.
        Assert.DoesNotContain(guess.Alternatives, a => a.Division.Code == "231200");
    }

    [Fact]
    public void A_city_party_committee_stays_the_locality_when_it_names_one_of_its_counties()
    {
        var guess = PlaceTestData.Detector.Detect("绥化市委召开常委会会议，研究肇东市、海伦市产业布局。");

        Assert.NotNull(guess);
        Assert.Equal("231200", guess.Division.Code);
    }

    [Fact]
    public void A_county_named_alone_is_the_locality_and_its_province_is_filled_in()
    {
        var guess = PlaceTestData.Detector.Detect("望奎县加快发展现代农业。");

        Assert.NotNull(guess);
        Assert.Equal("231221", guess.Division.Code);
        Assert.Equal("230000", guess.Province.Code);
    }

    [Theory]
    [InlineData("会议强调，要加快发展新质生产力，推动高质量发展。")]
    [InlineData("全市上下要解放思想、真抓实干，加强沟通化解矛盾。")]
    [InlineData("要着力培育壮大新兴产业，发展朝阳产业，加快开发区建设，加强主城区和老城区改造。")]
    [InlineData("深化合作，维护和平区域稳定，推进资源节约。")]
    [InlineData("")]
    public void Text_without_a_place_has_no_locality(string text)
    {
        Assert.Null(PlaceTestData.Detector.Detect(text));
    }

    [Fact]
    public void A_lone_short_name_without_context_is_a_low_confidence_guess()
    {
        var guess = PlaceTestData.Detector.Detect("要以发展新质生产力助推绥化加快高质量发展。");

        Assert.Equal("231200", guess?.Division.Code);
        Assert.True(guess!.Confidence < LocalityConfidence.Confirmed, $"confidence {guess.Confidence}");
    }

    [Theory]
    [InlineData("培育发展具有绥化特色的新质生产力。", "231200")]
    [InlineData("奋力推进中国式现代化的东莞实践。", "441900")]
    [InlineData("吸引全球人才在东莞创新创业。", "441900")]
    [InlineData("在全省打造发展新质生产力实践地中作出绥化贡献。", "231200")]
    public void A_short_name_in_a_place_context_proposes_the_place(string text, string code)
    {
        Assert.Equal(code, PlaceTestData.Detector.Detect(text)?.Division.Code);
    }

    [Fact]
    public void A_place_inside_a_company_or_college_name_counts_little()
    {
        var guess = PlaceTestData.Detector.Detect("会上，肇东市东龙节能新技术有限公司、哈尔滨工业大学作交流发言。全市要加快发展。绥化市要抓好落实。");

        Assert.NotNull(guess);
        Assert.Equal("231200", guess.Division.Code);
    }

    [Fact]
    public void A_shared_district_name_is_resolved_by_its_city()
    {
        var beijing = PlaceTestData.Detector.Detect("朝阳区召开推进会。北京市要加快发展。");
        var changchun = PlaceTestData.Detector.Detect("朝阳区召开推进会。长春市要加快发展。");

        Assert.Equal("110105", beijing?.Division.Code);
        Assert.Equal("220104", changchun?.Division.Code);
    }

    [Fact]
    public void A_shared_district_name_alone_is_an_uncertain_guess()
    {
        var guess = PlaceTestData.Detector.Detect("朝阳区召开推进会。");

        Assert.NotNull(guess);
        Assert.Equal("朝阳区", guess.Division.Name);
        Assert.True(guess.Confidence <= 0.5, $"confidence {guess.Confidence}");
        Assert.Contains(guess.Alternatives, a => a.Division.Name == "朝阳区");
    }

    [Fact]
    public void The_market_of_a_city_is_still_the_city()
    {
        Assert.Equal("441900", PlaceTestData.Detector.Detect("在东莞市场监管部门的指导下")?.Division.Code);
    }

    [Fact]
    public void Evidence_offsets_point_into_the_text()
    {
        const string text = "会议指出，要加快推进。中共东莞市委理论学习中心组召开专题学习会。";

        var guess = PlaceTestData.Detector.Detect(text);

        Assert.NotNull(guess);
        Assert.Equal(guess.Evidence, text.Substring(guess.EvidenceStart, guess.EvidenceLength));
        Assert.Equal("中共东莞市委", guess.Evidence);
    }

    [Fact]
    public void Common_words_excluded_from_short_names_are_all_short_names()
    {
        var shortNames = PlaceTestData.Gazetteer.All.Select(d => d.ShortName).ToHashSet(StringComparer.Ordinal);
        var fullNames = PlaceTestData.Gazetteer.All.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("", string.Join(" ", CommonWords.ShortNames.Where(w => !shortNames.Contains(w))));
        Assert.Equal("", string.Join(" ", CommonWords.FullNames.Where(w => !fullNames.Contains(w))));
    }
}
