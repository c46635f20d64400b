using System.Text.RegularExpressions;

namespace Dashboard.Data.Store;

/// <summary>What can be wrong with an edited taxonomy.</summary>
public enum TaxonomyProblemKind
{
    NoThemes,
    MissingId,
    InvalidId,
    DuplicateId,
    MissingChinese,
    MissingEnglish,
    NoTerms,
    DuplicateTermInTheme,
    TermInTwoThemes,
}

/// <summary>
/// One problem, with the theme (and term, and other theme) it concerns, so the editor can show it in the reader's
/// language beside the field. <see cref="Message"/> is the English text for logs and exceptions.
/// </summary>
public sealed record TaxonomyProblem(TaxonomyProblemKind Kind, int ThemeIndex, string? ThemeId = null, string? Term = null, string? OtherThemeId = null)
{
    public string Message => Kind switch
    {
        TaxonomyProblemKind.NoThemes => "The taxonomy needs at least one theme.",
        TaxonomyProblemKind.MissingId => $"Theme {ThemeIndex + 1} needs an id.",
        TaxonomyProblemKind.InvalidId => $"The id '{ThemeId}' may use only lower-case letters, digits and hyphens.",
        TaxonomyProblemKind.DuplicateId => $"The id '{ThemeId}' is used by more than one theme.",
        TaxonomyProblemKind.MissingChinese => $"The theme '{ThemeId}' needs a Chinese label.",
        TaxonomyProblemKind.MissingEnglish => $"The theme '{ThemeId}' needs an English label.",
        TaxonomyProblemKind.NoTerms => $"The theme '{ThemeId}' needs at least one term.",
        TaxonomyProblemKind.DuplicateTermInTheme => $"The term '{Term}' is listed twice in '{ThemeId}'.",
        TaxonomyProblemKind.TermInTwoThemes => $"The term '{Term}' is in both '{OtherThemeId}' and '{ThemeId}'; a term belongs to one theme.",
        _ => Kind.ToString(),
    };
}

/// <summary>Checks an edited taxonomy before it is previewed or saved: unique ids and terms, labels, at least one term.</summary>
public static partial class TaxonomyValidation
{
    public static IReadOnlyList<TaxonomyProblem> Check(TaxonomyDraft draft)
    {
        var problems = new List<TaxonomyProblem>();
        if (draft.Themes.Count == 0)
        {
            problems.Add(new TaxonomyProblem(TaxonomyProblemKind.NoThemes, -1));
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var termOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < draft.Themes.Count; i++)
        {
            var theme = draft.Themes[i];
            var id = theme.Id.Trim();
            if (id.Length == 0)
            {
                problems.Add(new TaxonomyProblem(TaxonomyProblemKind.MissingId, i));
            }
            else if (!IdPattern().IsMatch(id))
            {
                problems.Add(new TaxonomyProblem(TaxonomyProblemKind.InvalidId, i, id));
            }
            else if (!ids.Add(id))
            {
                problems.Add(new TaxonomyProblem(TaxonomyProblemKind.DuplicateId, i, id));
            }

            var name = id.Length > 0 ? id : $"#{i + 1}";
            if (string.IsNullOrWhiteSpace(theme.Chinese))
            {
                problems.Add(new TaxonomyProblem(TaxonomyProblemKind.MissingChinese, i, name));
            }

            if (string.IsNullOrWhiteSpace(theme.English))
            {
                problems.Add(new TaxonomyProblem(TaxonomyProblemKind.MissingEnglish, i, name));
            }

            var terms = theme.CleanTerms.ToList();
            if (terms.Count == 0)
            {
                problems.Add(new TaxonomyProblem(TaxonomyProblemKind.NoTerms, i, name));
            }

            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                if (!own.Add(term))
                {
                    problems.Add(new TaxonomyProblem(TaxonomyProblemKind.DuplicateTermInTheme, i, name, term));
                }
                else if (!termOwners.TryAdd(term, name))
                {
                    problems.Add(new TaxonomyProblem(TaxonomyProblemKind.TermInTwoThemes, i, name, term, termOwners[term]));
                }
            }
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}

/// <summary>Thrown when an invalid taxonomy is saved; carries every problem found.</summary>
public sealed class TaxonomyValidationException(IReadOnlyList<TaxonomyProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<TaxonomyProblem> Problems { get; } = problems;
}
