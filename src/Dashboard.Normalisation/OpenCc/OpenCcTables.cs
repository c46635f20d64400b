using System.Globalization;

namespace Dashboard.Normalisation;

/// <summary>
/// OpenCC's traditional-to-simplified tables: TSPhrases (multi-character words) and TSCharacters (single characters).
/// Each line is <c>traditional&lt;TAB&gt;simplified [alternatives…]</c>; the first simplified candidate is used.
/// </summary>
internal sealed class OpenCcTables
{
    public const string PhrasesFileName = "TSPhrases.txt";
    public const string CharactersFileName = "TSCharacters.txt";

    private OpenCcTables(Dictionary<string, string> phrases, Dictionary<int, string> characters)
    {
        Phrases = phrases;
        Characters = characters;
        MaxPhraseLength = phrases.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    public Dictionary<string, string> Phrases { get; }

    /// <summary>Keyed by code point, so characters outside the BMP (surrogate pairs in a string) are found too.</summary>
    public Dictionary<int, string> Characters { get; }

    /// <summary>The longest phrase, in UTF-16 units.</summary>
    public int MaxPhraseLength { get; }

    public static OpenCcTables Load(string directory)
    {
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in ReadEntries(Path.Combine(directory, PhrasesFileName)))
        {
            phrases[key] = value;
        }

        var characters = new Dictionary<int, string>();
        var charactersPath = Path.Combine(directory, CharactersFileName);
        foreach (var (key, value) in ReadEntries(charactersPath))
        {
            var isOneCharacter = key.Length == 1 || (key.Length == 2 && char.IsSurrogatePair(key[0], key[1]));
            if (!isOneCharacter)
            {
                throw new InvalidDataException($"{charactersPath}: '{key}' is not a single character.");
            }

            characters[char.ConvertToUtf32(key, 0)] = value;
        }

        return new OpenCcTables(phrases, characters);
    }

    private static IEnumerable<(string Key, string Value)> ReadEntries(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The OpenCC table {Path.GetFileName(path)} was not found at {path}. It is third-party data that the build fetches "
                + "from npm (src/Lexicon/fetch-lexicon.sh) and copies to lexicon/opencc/ in the output of projects that set "
                + "<UsesLexicon>true</UsesLexicon>; build such a project, or pass the directory that holds the tables.",
                path);
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: expected 'traditional<TAB>simplified'."));
            }

            var candidates = line.AsSpan(tab + 1);
            var space = candidates.IndexOf(' ');
            yield return (line[..tab], (space < 0 ? candidates : candidates[..space]).ToString());
        }
    }
}
