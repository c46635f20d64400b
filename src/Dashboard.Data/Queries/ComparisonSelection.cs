namespace Dashboard.Data.Queries;

/// <summary>What a compared group is made of: a locality (a prefecture includes its counties) or a whole province.</summary>
public enum ComparisonGroupKind
{
    Locality,
    Province,
}

/// <summary>
/// One picked group as it stands in the URL: "441900" for a locality, "p:440000" for a province. The selection is
/// the comma-separated list in the <see cref="Key"/> parameter, beside the filter's own parameters.
/// </summary>
public sealed record ComparisonGroupRef(ComparisonGroupKind Kind, string Code)
{
    public const string Key = "groups";
    private const string ProvincePrefix = "p:";

    public string Token => Kind == ComparisonGroupKind.Province ? ProvincePrefix + Code : Code;

    public static ComparisonGroupRef? TryParse(string? token)
    {
        var text = token?.Trim() ?? "";
        var kind = ComparisonGroupKind.Locality;
        if (text.StartsWith(ProvincePrefix, StringComparison.OrdinalIgnoreCase))
        {
            kind = ComparisonGroupKind.Province;
            text = text[ProvincePrefix.Length..];
        }

        return text.Length == 6 && text.All(char.IsAsciiDigit) ? new ComparisonGroupRef(kind, text) : null;
    }

    /// <summary>The groups of a "groups" parameter, in order, without repeats or values that do not parse.</summary>
    public static IReadOnlyList<ComparisonGroupRef> ParseList(string? value) =>
        value is null
            ? []
            : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TryParse).OfType<ComparisonGroupRef>().Distinct()];

    /// <summary>The "groups" parameter of a selection, or null when nothing is picked (a clean URL).</summary>
    public static string? FormatList(IEnumerable<ComparisonGroupRef> groups)
    {
        var tokens = groups.Distinct().Select(g => g.Token).ToList();
        return tokens.Count == 0 ? null : string.Join(',', tokens);
    }
}
