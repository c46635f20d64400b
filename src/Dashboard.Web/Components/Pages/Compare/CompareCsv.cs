using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Localisation;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages.Compare;

/// <summary>The compare page's charts as rows for CSV download, header first, numbers in invariant form.</summary>
public static class CompareCsv
{
    public static IReadOnlyList<IReadOnlyList<string>> Themes(CompareLabels labels, ThemeMeasure measure, string themeHeader)
    {
        var model = labels.Model;
        var rows = new List<IReadOnlyList<string>>();
        rows.Add([themeHeader, .. model.Groups.Select(labels.Group)]);
        rows.AddRange(model.ThemeIds.Select((id, t) => (IReadOnlyList<string>)
            [labels.Theme(id), .. model.Groups.Select(g => ThemeMeasures.Value(g.Themes[t], measure).ToString(CultureInfo.InvariantCulture))]));
        return rows;
    }

    public static IReadOnlyList<IReadOnlyList<string>> Terms(CompareLabels labels, ComparisonTerms terms, IStringLocalizer<CompareStrings> strings)
    {
        var a = labels.Side(terms.SideA);
        var b = labels.SideB(terms);
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { strings["Terms.Term"].Value, strings["Terms.DistinctiveOf"], "z", "log-odds", "G2", strings["Terms.Count", a], strings["Terms.Count", b], strings["Terms.Rate", a], strings["Terms.Rate", b] },
        };
        rows.AddRange(terms.TopA.Select(t => (t, a)).Concat(terms.TopB.Select(t => (t, b))).Select(x => (IReadOnlyList<string>)
        [
            x.t.Term, x.Item2, Number(x.t.Z), Number(x.t.LogOddsRatio), Number(x.t.G2),
            x.t.CountA.ToString(CultureInfo.InvariantCulture), x.t.CountB.ToString(CultureInfo.InvariantCulture), Number(x.t.PerTenThousandA), Number(x.t.PerTenThousandB),
        ]));
        return rows;
    }

    public static IReadOnlyList<IReadOnlyList<string>> Matrix(string corner, IReadOnlyList<string> rowNames, IReadOnlyList<string> columnNames, IEnumerable<IEnumerable<string>> values)
    {
        var rows = new List<IReadOnlyList<string>>();
        rows.Add([corner, .. columnNames]);
        rows.AddRange(values.Select((row, i) => (IReadOnlyList<string>)[rowNames[i], .. row]));
        return rows;
    }

    public static IReadOnlyList<IReadOnlyList<string>> Priorities(CompareLabels labels, IStringLocalizer<CompareStrings> strings)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { strings["Csv.Group"].Value, strings["Priorities.Kind"], strings["Csv.Head"], strings["Csv.Item"], strings["Csv.Number"], strings["Csv.Quantity"], strings["Csv.Unit"], strings["Csv.Year"], strings["Csv.Documents"], strings["Csv.Document"] },
        };
        rows.AddRange(labels.Model.Groups.SelectMany(g => g.Priorities.Select(p => (IReadOnlyList<string>)
        [
            labels.Group(g), strings["Priority." + p.Kind], p.Head ?? "", p.Item, p.Number ?? "", p.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "", p.Unit ?? "",
            p.Year?.ToString(CultureInfo.InvariantCulture) ?? "", p.Documents.ToString(CultureInfo.InvariantCulture), p.DocumentId,
        ])));
        return rows;
    }

    public static IReadOnlyList<IReadOnlyList<string>> ThemeInstruments(CompareLabels labels, IStringLocalizer<CompareStrings> strings)
    {
        var model = labels.Model;
        var rows = new List<IReadOnlyList<string>>();
        rows.Add([strings["Csv.Group"], strings["Csv.Theme"], .. model.InstrumentTypeIds.Select(labels.InstrumentType)]);
        foreach (var group in model.Groups)
        {
            rows.AddRange(group.ThemeInstruments.Counts.Select((row, t) => (IReadOnlyList<string>)
                [labels.Group(group), labels.Theme(model.ThemeIds[t]), .. row.Select(v => v.ToString(CultureInfo.InvariantCulture))]));
        }

        return rows;
    }

    private static string Number(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);
}
