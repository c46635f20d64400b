using Dashboard.Segmentation.Tests.Support;

namespace Dashboard.Segmentation.Tests;

public class DictionaryLoadingTests
{
    [Fact]
    public void Every_dictionary_entry_has_its_count_and_total_is_the_sum_of_all_lines()
    {
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        foreach (var line in File.ReadLines(Lexicon.Paths.MainDictionary))
        {
            var parts = line.Split(' ');
            expected[parts[0]] = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            total += expected[parts[0]];
        }

        var segmenter = Lexicon.Segmenter;
        Assert.Equal(total, segmenter.Total);
        foreach (var (word, freq) in expected)
        {
            Assert.Equal(freq, segmenter.GetFrequency(word));
        }

        Assert.Equal(0, segmenter.GetFrequency("中华人民共和")); // a prefix of a word: in FREQ with 0, as in jieba
        Assert.Null(segmenter.GetFrequency("不存在的词语组合"));
    }

    [Fact]
    public void Loading_from_the_trie_cache_cuts_exactly_as_loading_the_text()
    {
        var cache = Directory.CreateTempSubdirectory("jieba-cache-test").FullName;
        try
        {
            var fromText = JiebaSegmenter.Create(Lexicon.Paths, cacheDirectory: null);
            var first = JiebaSegmenter.Create(Lexicon.Paths, cacheDirectory: cache);
            Assert.Single(Directory.GetFiles(cache, "jieba-trie-*.bin"));
            Assert.Single(Directory.GetFiles(cache, "hmm-*.bin"));
            var fromCache = JiebaSegmenter.Create(Lexicon.Paths, cacheDirectory: cache);
            var text = Lexicon.Weicheng[..100_000];
            var expected = fromText.Cut(text).ToList();
            Assert.Equal(expected, first.Cut(text));
            Assert.Equal(expected, fromCache.Cut(text));
            Assert.Equal(fromText.Total, fromCache.Total);
            Assert.Equal("ns", fromCache.TagOf("苏联".AsSpan()));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void An_edited_dictionary_is_parsed_again_instead_of_read_from_the_cache()
    {
        var cache = Directory.CreateTempSubdirectory("jieba-cache-test").FullName;
        var dictionary = Path.Combine(cache, "dict.txt");
        try
        {
            File.WriteAllLines(dictionary, ["发展 100 v", "经济 50 n"]);
            Assert.Equal(50, JiebaSegmenter.Create(Lexicon.Paths, dictionary, cache).GetFrequency("经济"));
            File.WriteAllLines(dictionary, ["发展 100 v", "经济 70 n", "新质生产力 9 n"]);
            var edited = JiebaSegmenter.Create(Lexicon.Paths, dictionary, cache);
            Assert.Equal(70, edited.GetFrequency("经济"));
            Assert.Equal(9, edited.GetFrequency("新质生产力"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void A_corrupt_cache_is_rebuilt_from_the_text()
    {
        var cache = Directory.CreateTempSubdirectory("jieba-cache-test").FullName;
        try
        {
            JiebaSegmenter.Create(Lexicon.Paths, cacheDirectory: cache);
            foreach (var file in Directory.GetFiles(cache, "*.bin"))
            {
                File.WriteAllBytes(file, [1, 2, 3]);
            }

            var segmenter = JiebaSegmenter.Create(Lexicon.Paths, cacheDirectory: cache);
            Assert.Equal(Lexicon.Segmenter.Cut("发展新质生产力"), segmenter.Cut("发展新质生产力"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void A_missing_lexicon_says_which_file_and_how_to_get_it()
    {
        var empty = Directory.CreateTempSubdirectory("no-lexicon").FullName;
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => JiebaSegmenter.Create(new LexiconPaths(empty)));
            Assert.Contains("jieba.dict.utf8", error.Message);
            Assert.Contains("fetch-lexicon.sh", error.Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void A_malformed_dictionary_line_is_reported_with_its_line_number()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["发展 100 v", "坏行没有频率", "经济 50 n"]);
            var error = Assert.Throws<InvalidDataException>(() => JiebaSegmenter.Create(Lexicon.Paths, file, cacheDirectory: null));
            Assert.Contains("line 2", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_lexicon_version_comes_from_the_fetch_stamp()
    {
        Assert.StartsWith("nodejieba@", Lexicon.Paths.Version);
    }
}
