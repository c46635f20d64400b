using System.Globalization;
using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Themes;

namespace Dashboard.Data.Queries;

/// <summary>One table of a report's data: a file name stem, a sheet name and header in the report's language, rows of strings and numbers.</summary>
public sealed record ReportTable(string Id, string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// The report's numbers as tables for CSV and Excel: the locality × theme matrix, the instrument mix, the priorities,
/// the distinctive terms and the evidence sentences. Headers come from <paramref name="text"/> (the report's
/// language); names are Chinese in a Chinese report, English with the Chinese beside it in an English one.
/// </summary>
public static class ReportTables
{
    public static IReadOnlyList<ReportTable> Build(ReportModel model, ThemeTaxonomy taxonomy, Func<string, string> text)
    {
        var chinese = model.Request.IsChinese;
        string Group(string token) => model.Comparison.Find(token) is { } g ? Place(g.Name, g.EnglishName, chinese) : token;
        string Theme(string id) => taxonomy.Find(id) is { } t ? (chinese ? t.Chinese : $"{t.English} ({t.Chinese})") : id;

        var groups = model.Comparison.Groups;
        var themes = new ReportTable(
            "locality-theme-matrix",
            text("Sheet.Themes"),
            [text("Table.Locality"), text("Table.Code"), text("Table.Documents"), text("Table.Words"), .. model.Comparison.ThemeIds.Select(Theme)],
            [.. groups.Select(g => (IReadOnlyList<object?>)[Place(g.Name, g.EnglishName, chinese), g.Token, g.Documents, g.WordTokens, .. g.Themes.Select(c => (object?)Math.Round(c.PerThousandTokens, 3))])]);

        var categories = model.GroupInstruments.Values.SelectMany(v => v.Keys).Distinct(StringComparer.Ordinal).ToList();
        var instruments = new ReportTable(
            "instrument-mix",
            text("Sheet.Instruments"),
            [text("Table.Locality"), text("Table.Code"), .. categories.Select(c => text("Category." + c))],
            [.. groups.Select(g => (IReadOnlyList<object?>)[Place(g.Name, g.EnglishName, chinese), g.Token, .. categories.Select(c => (object?)model.GroupInstruments.GetValueOrDefault(g.Token)?.GetValueOrDefault(c))])]);

        var priorities = new ReportTable(
            "priorities",
            text("Sheet.Priorities"),
            [text("Table.Locality"), text("Table.Kind"), text("Table.Item"), text("Table.Head"), text("Table.Number"), text("Table.Quantity"), text("Table.Unit"), text("Table.Year"), text("Table.Documents")],
            [.. groups.SelectMany(g => g.Priorities.Select(p => (IReadOnlyList<object?>)
                [Place(g.Name, g.EnglishName, chinese), text("Priority." + p.Kind), p.Item, p.Head, p.Number, p.Quantity is { } q ? (double)q : null, p.Unit, p.Year, p.Documents]))]);

        var terms = new ReportTable(
            "distinctive-terms",
            text("Sheet.Terms"),
            [text("Table.Comparison"), text("Table.FavouredSide"), text("Table.Term"), text("Table.Gloss"), "z", text("Table.CountA"), text("Table.CountB"), text("Table.PerTenThousandA"), text("Table.PerTenThousandB")],
            [.. model.Comparison.Terms.SelectMany(pair =>
            {
                var a = Group(pair.SideA);
                var b = pair.SideB is null ? text("Table.Rest") : Group(pair.SideB);
                var title = a + " / " + b;
                return pair.TopA.Select(t => Row(title, a, t)).Concat(pair.TopB.Select(t => Row(title, b, t)));
            })]);

        var evidence = new ReportTable(
            "evidence-sentences",
            text("Sheet.Evidence"),
            [text("Table.Locality"), text("Table.Theme"), text("Table.Document"), text("Table.Date"), text("Table.Match"), text("Table.Sentence")],
            [.. model.Evidence.SelectMany(e => e.Sentences.Select(s => (IReadOnlyList<object?>)[Group(e.GroupToken), Theme(e.ThemeId), s.DocumentTitle, s.Date, s.Match, s.Sentence]))]);

        return [themes, instruments, priorities, terms, evidence];

        IReadOnlyList<object?> Row(string comparison, string side, DistinctiveTerm t) =>
            [comparison, side, t.Term, Gloss(taxonomy, t.Term, chinese), Math.Round(t.Z, 3), t.CountA, t.CountB, Math.Round(t.PerTenThousandA, 2), Math.Round(t.PerTenThousandB, 2)];
    }

    /// <summary>"English (中文)" for an English reader, the Chinese alone for a Chinese one.</summary>
    public static string Place(string name, string englishName, bool chinese) => chinese ? name : $"{englishName} ({name})";

    /// <summary>
    /// An English gloss of a term, where the taxonomy knows it: the theme whose term list holds it. Chinese reports
    /// need none.
    /// </summary>
    public static string Gloss(ThemeTaxonomy taxonomy, string term, bool chinese) =>
        chinese ? "" : taxonomy.Themes.FirstOrDefault(t => t.Terms.Contains(term, StringComparer.Ordinal)) is { } theme ? "theme: " + theme.English : "";

    /// <summary>A cell as CSV text: numbers in the invariant culture.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
