namespace Dashboard.Normalisation;

/// <summary>
/// Turns scraped text into clean simplified Chinese, keeping a map from every output character back to the input.
/// Thread-safe once loaded; load once and reuse.
/// </summary>
public sealed class TextNormaliser
{
    private readonly INormalisationStep[] _steps;

    private TextNormaliser(OpenCcTables tables, Func<CharacterReadings?> readings)
    {
        _steps =
        [
            new LineBreakUnification(),
            new InvisibleCharacterRemoval(),
            new PinyinAnnotationRemoval(readings),
            new TraditionalToSimplified(tables),
            new PageFurnitureRemoval(),
            new WidthAndSpaceFolding(),
            new ChinesePunctuation(),
            new WhiteSpaceCollapsing(),
        ];
    }

    /// <summary>The OpenCC tables the build copies beside the program, under lexicon/opencc.</summary>
    public static string DefaultOpenCcDirectory => Path.Combine(AppContext.BaseDirectory, "lexicon", "opencc");

    public static TextNormaliser LoadDefault() => Load(DefaultOpenCcDirectory);

    /// <summary>Loads OpenCC's TSPhrases.txt and TSCharacters.txt from <paramref name="openCcDirectory"/>; the
    /// characters' readings (pinyin-data, read when first needed) from the pinyin folder beside it, when it is there.</summary>
    /// <exception cref="FileNotFoundException">A table is missing; the message says which, and where it comes from.</exception>
    public static TextNormaliser Load(string openCcDirectory)
    {
        var pinyin = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(openCcDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "pinyin");
        return new(OpenCcTables.Load(openCcDirectory), () => CharacterReadings.TryLoad(pinyin));
    }

    public NormalisedText Normalise(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw;
        var map = OffsetMap.Identity(raw.Length);
        foreach (var step in _steps)
        {
            var result = step.Apply(text);
            text = result.Text;
            map = result.Map.Through(map);
        }

        return new NormalisedText(raw, text, map);
    }
}
