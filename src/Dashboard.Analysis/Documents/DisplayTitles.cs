using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Documents;

/// <summary>
/// Makes a stored or given title fit to show: no opening dateline (人民网合肥1月15日电), no byline or site name
/// written into it (（记者陈浩）, - 某某网), no quotation mark or bracket left without its partner. Stored titles from
/// before these rules, HTML page titles and typed ones all pass through it, so no list or page shows a byline as a
/// title. When nothing fit to show is left, <see cref="Clean"/> gives null and the caller proposes one from the text.
/// </summary>
public sealed class DisplayTitles(PageLines lines, TitleGuesser guesser)
{
    private const int MinHan = 4;

    private static readonly Lazy<DisplayTitles> Shared = new(() => new DisplayTitles(PageLines.LoadDefault(), TitleGuesser.Default));

    public static DisplayTitles Default => Shared.Value;

    // Titles seen before: a snapshot of thousands of documents is read again after every change, with the same titles.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _cleaned = new(StringComparer.Ordinal);

    /// <summary>The title fit to show, or null when it is only a dateline, a byline or furniture.</summary>
    public string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        if (_cleaned.TryGetValue(title, out var known))
        {
            return known;
        }

        var cleaned = CleanUncached(title);
        if (_cleaned.Count < 100_000)
        {
            _cleaned[title] = cleaned;
        }

        return cleaned;
    }

    private string? CleanUncached(string title)
    {
        var given = title.Trim();
        var text = given;
        if (lines.DatelineAt(text, 0) is { } dateline)
        {
            text = text[dateline.End..];
        }

        text = Trim(WithoutUnpaired(Trim(lines.WithoutBylines(text))));
        // A short title someone chose (原件) stands; what is left after removing a dateline or byline must be a phrase.
        var least = text == given ? 1 : MinHan;
        return text.Count(ChineseText.IsHan) < least || lines.IsFurniture(text) ? null : text;
    }

    /// <summary>The title to show: the stored one made fit, else one proposed from the text, made fit in turn.</summary>
    public string For(string? title, Func<string> normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        if (Clean(title) is { } clean)
        {
            return clean;
        }

        var text = normalisedText();
        return Clean(guesser.GuessTitle(text, []))
            ?? text.Split('\n').Select(Clean).FirstOrDefault(line => line is not null)
            ?? Trim(WithoutUnpaired(lines.WithoutBylines(text.Length > TitleGuesser.MaxLength ? text[..TitleGuesser.MaxLength] : text)));
    }

    private static string Trim(string text) => text.Trim(' ', '\u3000', '\t', '，', '。', '：', ':', '、', '；', '-', '|', '｜', '—');

    /// <summary>The text without the quotation marks and brackets that have no partner (“更大力度… → 更大力度…); a mark
    /// left open in the second half of the text cuts it there (…印发（图 → …印发), as the rest is what it would have held.</summary>
    private static string WithoutUnpaired(string text)
    {
        var unpaired = new HashSet<int>();
        var open = new Stack<(int Index, char Close)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Closing(text[i]) is { } close)
            {
                open.Push((i, close));
            }
            else if (IsClosing(text[i]))
            {
                if (open.Count > 0 && open.Peek().Close == text[i])
                {
                    open.Pop();
                }
                else
                {
                    unpaired.Add(i);
                }
            }
        }

        var end = text.Length;
        foreach (var (index, _) in open)
        {
            if (index >= text.Length / 2)
            {
                end = Math.Min(end, index);
            }
            else
            {
                unpaired.Add(index);
            }
        }

        return unpaired.Count == 0 && end == text.Length ? text : string.Concat(text[..end].Where((_, i) => !unpaired.Contains(i)));
    }

    private static char? Closing(char c) => c switch
    {
        '“' => '”',
        '‘' => '’',
        '（' => '）',
        '(' => ')',
        '《' => '》',
        '【' => '】',
        '「' => '」',
        _ => null,
    };

    private static bool IsClosing(char c) => c is '”' or '’' or '）' or ')' or '》' or '】' or '」';
}
