using System.Globalization;
using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Data.Queries;
using Dashboard.Web.Hosting;
using Dashboard.Web.Localisation;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages.Compare;

/// <summary>The names the compare page shows for groups, sides, themes, instrument types and warnings.</summary>
public sealed class CompareLabels(ComparisonModel model, AnalysisResources resources, IStringLocalizer<CompareStrings> strings)
{
    private static bool Chinese => Cultures.IsChinese(CultureInfo.CurrentUICulture);

    public ComparisonModel Model => model;

    /// <summary>A group's name with the Chinese beside the English for English readers.</summary>
    public string Group(ComparisonGroup group) => DisplayNames.Place(group.Name, group.EnglishName) + KindSuffix(group);

    /// <summary>The name of a picked group that may have no documents in view.</summary>
    public string Ref(ComparisonGroupRef group) => resources.Gazetteer.Find(group.Code) is { } place ? DisplayNames.Place(place) : group.Token;

    public string GroupShort(ComparisonGroup group) => DisplayNames.PlaceShort(group.Name, group.EnglishName);

    /// <summary>A side of a comparison or a warning's group: a group's token, or "rest:" and a token.</summary>
    public string Side(string name)
    {
        if (model.Find(name) is { } group)
        {
            return GroupShort(group);
        }

        var rest = ComparisonQueries.RestName("");
        if (name.StartsWith(rest, StringComparison.Ordinal) && model.Find(name[rest.Length..]) is { } excluded)
        {
            return model.IsOneAgainstRest ? strings["Side.RestOfView"] : strings["Side.OthersThan", GroupShort(excluded)];
        }

        return name;
    }

    /// <summary>Side B of a comparison: the other group, or the rest.</summary>
    public string SideB(ComparisonTerms terms) => Side(terms.SideB ?? ComparisonQueries.RestName(terms.SideA));

    public string Comparison(ComparisonTerms terms) => strings["Terms.Versus", Side(terms.SideA), SideB(terms)];

    public string Theme(string id) => resources.Taxonomy.Find(id) is { } theme ? DisplayNames.Theme(theme) : id;

    public string ThemeShort(string id) => resources.Taxonomy.Find(id) is { } theme ? DisplayNames.ThemeShort(theme) : id;

    public string InstrumentType(string id) =>
        id == Dashboard.Analysis.Instruments.InstrumentType.NoneId ? strings["Instrument.None"]
        : resources.Rules.FindType(id) is { } type ? (Chinese ? type.Chinese : type.English)
        : id;

    public string Warning(ComparisonWarning warning) => warning.Kind switch
    {
        ComparisonWarningKind.SingleDocumentGroup => strings["Warning.SingleDocument", Side(warning.Group)],
        ComparisonWarningKind.SmallGroup => strings["Warning.SmallGroup", Side(warning.Group), model.SideTokens.GetValueOrDefault(warning.Group).ToString("N0", CultureInfo.CurrentCulture), ComparisonSettings.Default.SmallGroupTokens.ToString("N0", CultureInfo.CurrentCulture)],
        ComparisonWarningKind.EmptyGroup => strings["Warning.Empty", Side(warning.Group)],
        ComparisonWarningKind.SameGroups => strings["Warning.Same", Side(warning.Group)],
        ComparisonWarningKind.TermFromSingleDocument => strings["Warning.TermFromOneDocument", warning.Term ?? "", Side(warning.Group)],
        _ => warning.Message,
    };

    private string KindSuffix(ComparisonGroup group) =>
        group.Ref.Kind == ComparisonGroupKind.Province ? " · " + strings["Group.WholeProvince"] : "";
}
