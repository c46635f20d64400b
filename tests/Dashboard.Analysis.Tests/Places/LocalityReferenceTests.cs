using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

/// <summary>Places named as references, participants and hosts, abbreviations and other names, and the page's address.</summary>
public class LocalityReferenceTests
{
    private static LocalityGuess? Detect(string text, string? url = null) => PlaceTestData.Detector.Detect(text, null, url);

    [Theory]
    [InlineData("县委理论学习中心组召开学习会。会议指出，习近平总书记在黑龙江考察期间首次提出新质生产力。全县要推动龙泉高质量发展。", "330000")]
    [InlineData("市委书记率团先后赴广东省深圳市、北京市、浙江省杭州市考察。推进宿迁项目建设。", "320000")]
    [InlineData("要认真学习借鉴丽江古城保护开发经验，推动襄阳古城保护。", "420000")]
    [InlineData("传达学习山西省委十二届六次全会精神。吉县县委常委会研究部署。", "140000")]
    public void A_place_named_as_a_reference_does_not_place_the_text(string text, string province)
    {
        var guess = Detect(text);

        Assert.NotNull(guess);
        Assert.Equal(province, guess.Province.Code);
        Assert.DoesNotContain(guess.Alternatives, a => a.Division.Name is "黑龙江省" or "深圳市" or "丽江市");
    }

    [Fact]
    public void A_national_leaders_visit_alone_gives_no_locality()
    {
        Assert.Null(Detect("会议强调，要深入学习贯彻习近平总书记在广东考察时的重要讲话精神，立足本县资源禀赋。"));
    }

    [Fact]
    public void A_session_of_a_provincial_series_given_to_a_city_is_about_the_city()
    {
        var guess = Detect("河南省委宣传部举行“奋进新时代”主题系列新闻发布会许昌专场新闻发布会。许昌市委书记介绍了许昌发展情况，许昌市以项目建设为抓手。");

        Assert.Equal("411000", guess?.Division.Code);
    }

    [Fact]
    public void Counties_reporting_side_by_side_leave_a_provincial_conference_with_its_province()
    {
        var guess = Detect("广东省召开县域经济高质量发展推进会。会上，惠东县委书记、海丰县委书记、阳西县委书记分别分享了经验。全省要加快推进。");

        Assert.Equal("440000", guess?.Division.Code);
    }

    [Fact]
    public void A_county_among_the_citys_departments_leaves_a_study_session_with_its_city()
    {
        var guess = Detect("芜湖市委理论学习中心组召开学习会。市经信局、南陵县委、无为市政府主要负责同志作发言交流。");

        Assert.Equal("340200", guess?.Division.Code);
    }

    [Fact]
    public void A_citys_meeting_held_in_our_county_is_the_countys_text()
    {
        var guess = Detect("宝鸡市2024年苏陕协作工作推进会在我县召开\n8月13日，全市苏陕协作工作推进会在我县召开。县长介绍了我县基本县情。陇县将认真贯彻落实会议精神，我县将深化协作。");

        Assert.Equal("610327", guess?.Division.Code);
    }

    [Theory]
    [InlineData("近年来，一批海外侨商在甬投资兴业，甬商回归势头良好。", "330200")]
    [InlineData("市直机关及驻泉省部属单位党员干部参加论坛。", "350500")]
    [InlineData("北国冰城正以冰雪经济带动全域旅游。", "230100")]
    public void Abbreviations_and_other_names_denote_their_place(string text, string code)
    {
        Assert.Equal(code, Detect(text)?.Division.Code);
    }

    [Fact]
    public void An_abbreviation_inside_a_word_is_no_place()
    {
        Assert.Null(Detect("要在深化改革上下功夫，在汉字书写中体现文化自信。"));
    }

    [Fact]
    public void A_lone_mention_in_a_mayors_speech_is_a_low_confidence_guess_not_unknown()
    {
        var guess = Detect("市长在讲话中指出，对宿迁而言，发展新质生产力既是机遇也是挑战。");

        Assert.Equal("321300", guess?.Division.Code);
        Assert.True(LocalityConfidence.IsSuggestion(guess!.Confidence));
    }

    [Fact]
    public void A_county_site_at_its_pinyin_names_a_text_that_names_only_its_offices()
    {
        var guess = Detect("3月9日，县委副书记、县长主持召开县政府党组会议。", "http://www.dongkou.gov.cn/dongkou/hyjtj/202303/47fb.shtml");

        Assert.Equal("430525", guess?.Division.Code);
        Assert.Equal("www.dongkou.gov.cn", guess!.Evidence);
    }
}
