using Dashboard.Segmentation;

namespace Dashboard.Cli.Commands;

internal static class SegmenterOptions
{
    public static JiebaSegmenter Load(string? dictionary, string? userDictionary)
    {
        if (dictionary is not null && !File.Exists(dictionary))
        {
            throw new CliException($"{dictionary}: no such dictionary file", 1);
        }

        if (userDictionary is not null && !File.Exists(userDictionary))
        {
            throw new CliException($"{userDictionary}: no such user dictionary file", 1);
        }

        var segmenter = JiebaSegmenter.Create(LexiconPaths.Default, dictionary);
        if (userDictionary is not null)
        {
            segmenter.LoadUserDict(userDictionary);
        }

        return segmenter;
    }
}
