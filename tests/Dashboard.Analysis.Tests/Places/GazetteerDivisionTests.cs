using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class GazetteerDivisionTests
{
    private static Gazetteer Gazetteer => PlaceTestData.Gazetteer;

    [Fact]
    public void Dongguan_is_a_prefecture_under_guangdong_kept_once()
    {
        var dongguan = Gazetteer.Find("441900");

        Assert.NotNull(dongguan);
        Assert.Equal("东莞市", dongguan.Name);
        Assert.Equal("东莞", dongguan.ShortName);
        Assert.Equal("Dongguan", dongguan.EnglishName);
        Assert.Equal("dongguan", dongguan.Pinyin);
        Assert.Equal(AdministrativeLevel.Prefecture, dongguan.Level);
        Assert.Equal("440000", dongguan.ParentCode);
        Assert.Equal("440000", dongguan.ProvinceCode);
        Assert.Single(Gazetteer.All, d => d.Code == "441900");
        Assert.Empty(Gazetteer.ChildrenOf("441900"));
    }

    [Fact]
    public void Suihua_has_its_ten_county_level_divisions()
    {
        var suihua = Gazetteer.Find("231200");

        Assert.NotNull(suihua);
        Assert.Equal("绥化市", suihua.Name);
        Assert.Equal("Suihua", suihua.EnglishName);
        Assert.Equal(
            ["北林区", "望奎县", "兰西县", "青冈县", "庆安县", "明水县", "绥棱县", "安达市", "肇东市", "海伦市"],
            Gazetteer.ChildrenOf("231200").Select(d => d.Name));
        Assert.All(Gazetteer.ChildrenOf("231200"), d => Assert.Equal(AdministrativeLevel.County, d.Level));
    }

    [Theory]
    [InlineData("231202", "北林", "Beilin District", "beilin")]
    [InlineData("231221", "望奎", "Wangkui County", "wangkui")]
    [InlineData("231282", "肇东", "Zhaodong", "zhaodong")]
    [InlineData("500233", "忠县", "Zhong County", "zhongxian")]
    [InlineData("610103", "碑林", "Beilin District", "beilin")]
    [InlineData("222400", "延边", "Yanbian Korean Autonomous Prefecture", "yanbian")]
    [InlineData("422800", "恩施", "Enshi Tujia and Miao Autonomous Prefecture", "enshi")]
    [InlineData("152200", "兴安", "Xing'an League", "xingan")]
    [InlineData("150724", "鄂温克", "Evenki Autonomous Banner", "ewenke")]
    [InlineData("230208", "梅里斯", "Meilisi Daur District", "meilisi")]
    [InlineData("310115", "浦东", "Pudong New Area", "pudong")]
    [InlineData("421083", "洪湖", "Honghu", "honghu")]
    [InlineData("421002", "沙市", "Shashi District", "shashi")]
    [InlineData("140302", "城区", "Cheng District", "chengqu")]
    [InlineData("429021", "神农架", "Shennongjia Forestry District", "shennongjia")]
    [InlineData("652900", "阿克苏", "Akesu Prefecture", "akesu")]
    [InlineData("141100", "吕梁", "Lüliang", "lvliang")]
    [InlineData("610100", "西安", "Xi'an", "xian")]
    [InlineData("230100", "哈尔滨", "Harbin", "haerbin")]
    public void Short_english_and_pinyin_names_follow_the_division_type(string code, string shortName, string english, string pinyin)
    {
        var division = Gazetteer.Find(code);

        Assert.NotNull(division);
        Assert.Equal(shortName, division.ShortName);
        Assert.Equal(english, division.EnglishName);
        Assert.Equal(pinyin, division.Pinyin);
    }

    [Theory]
    [InlineData("500000", "Chongqing")]
    [InlineData("430100", "Changsha")]
    [InlineData("220100", "Changchun")]
    [InlineData("350200", "Xiamen")]
    [InlineData("340300", "Bengbu")]
    [InlineData("341500", "Lu'an")]
    [InlineData("331100", "Lishui")]
    [InlineData("511100", "Leshan")]
    [InlineData("440113", "Panyu District")]
    [InlineData("371522", "Shen County")]
    [InlineData("532901", "Dali")]
    [InlineData("130726", "Yu County")]
    [InlineData("130225", "Laoting County")]
    [InlineData("371524", "Dong'e County")]
    [InlineData("510100", "Chengdu")]
    [InlineData("540000", "Tibet")]
    [InlineData("130481", "Wu'an")]
    [InlineData("320116", "Luhe District")]
    [InlineData("141124", "Lin County")]
    [InlineData("341021", "She County")]
    [InlineData("371724", "Juye County")]
    [InlineData("140425", "Pingshun County")]
    public void Polyphonic_place_names_take_their_place_name_reading(string code, string english)
    {
        Assert.Equal(english, Gazetteer.Find(code)?.EnglishName);
    }

    [Theory]
    [InlineData("110000", "北京", "Beijing")]
    [InlineData("120000", "天津", "Tianjin")]
    [InlineData("130000", "河北", "Hebei")]
    [InlineData("140000", "山西", "Shanxi")]
    [InlineData("150000", "内蒙古", "Inner Mongolia")]
    [InlineData("210000", "辽宁", "Liaoning")]
    [InlineData("220000", "吉林", "Jilin")]
    [InlineData("230000", "黑龙江", "Heilongjiang")]
    [InlineData("310000", "上海", "Shanghai")]
    [InlineData("320000", "江苏", "Jiangsu")]
    [InlineData("330000", "浙江", "Zhejiang")]
    [InlineData("340000", "安徽", "Anhui")]
    [InlineData("350000", "福建", "Fujian")]
    [InlineData("360000", "江西", "Jiangxi")]
    [InlineData("370000", "山东", "Shandong")]
    [InlineData("410000", "河南", "Henan")]
    [InlineData("420000", "湖北", "Hubei")]
    [InlineData("430000", "湖南", "Hunan")]
    [InlineData("440000", "广东", "Guangdong")]
    [InlineData("450000", "广西", "Guangxi")]
    [InlineData("460000", "海南", "Hainan")]
    [InlineData("500000", "重庆", "Chongqing")]
    [InlineData("510000", "四川", "Sichuan")]
    [InlineData("520000", "贵州", "Guizhou")]
    [InlineData("530000", "云南", "Yunnan")]
    [InlineData("540000", "西藏", "Tibet")]
    [InlineData("610000", "陕西", "Shaanxi")]
    [InlineData("620000", "甘肃", "Gansu")]
    [InlineData("630000", "青海", "Qinghai")]
    [InlineData("640000", "宁夏", "Ningxia")]
    [InlineData("650000", "新疆", "Xinjiang")]
    [InlineData("710000", "台湾", "Taiwan")]
    [InlineData("810000", "香港", "Hong Kong")]
    [InlineData("820000", "澳门", "Macau")]
    public void Provinces_have_their_short_and_conventional_english_names(string code, string shortName, string english)
    {
        var province = Gazetteer.Find(code);

        Assert.NotNull(province);
        Assert.Equal(AdministrativeLevel.Province, province.Level);
        Assert.Null(province.ParentCode);
        Assert.Equal(shortName, province.ShortName);
        Assert.Equal(english, province.EnglishName);
    }

    [Fact]
    public void Every_english_name_is_latin_and_every_pinyin_key_lowercase_ascii()
    {
        Assert.All(Gazetteer.All, d =>
        {
            Assert.Matches("^[A-Z][A-Za-zü' ,]*$", d.EnglishName);
            Assert.Matches("^[a-z]+$", d.Pinyin);
        });
    }

    [Fact]
    public void Municipality_districts_and_province_administered_counties_point_to_the_province()
    {
        Assert.Equal("110000", Gazetteer.Find("110105")?.ParentCode);
        Assert.Equal("500000", Gazetteer.Find("500233")?.ParentCode);
        Assert.Equal("420000", Gazetteer.Find("429004")?.ParentCode);
    }

    [Fact]
    public void Ancestors_go_from_the_nearest_up_to_the_province()
    {
        var zhaodong = Gazetteer.Find("231282")!;

        Assert.Equal(["231200", "230000"], Gazetteer.Ancestors(zhaodong).Select(d => d.Code));
        Assert.Equal("黑龙江省", Gazetteer.ProvinceOf(zhaodong).Name);
        Assert.Empty(Gazetteer.Ancestors(Gazetteer.Find("230000")!));
    }

    [Fact]
    public void Short_codes_are_padded_when_looking_up()
    {
        Assert.Equal("广东省", Gazetteer.Find("44")?.Name);
        Assert.Equal("东莞市", Gazetteer.Find("4419")?.Name);
        Assert.Null(Gazetteer.Find("999999"));
    }

    [Fact]
    public void Guangdong_is_in_the_east_and_south_china()
    {
        var guangdong = Gazetteer.Find("440000")!;

        Assert.Equal(EconomicRegion.East, guangdong.EconomicRegion);
        Assert.Equal(GeographicRegion.SouthChina, guangdong.GeographicRegion);
        Assert.Equal(EconomicRegion.East, Gazetteer.Find("441900")!.EconomicRegion);
    }

    [Fact]
    public void Heilongjiang_and_its_counties_are_in_the_northeast_by_both_divisions()
    {
        foreach (var code in new[] { "230000", "231200", "231282" })
        {
            var division = Gazetteer.Find(code)!;
            Assert.Equal(EconomicRegion.Northeast, division.EconomicRegion);
            Assert.Equal(GeographicRegion.Northeast, division.GeographicRegion);
        }
    }
}
