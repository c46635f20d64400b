using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dashboard.Analysis.Documents;

/// <summary>
/// Lines of scraped pages that are never a headline, and the datelines reports open with, read from a data file
/// (Data/page-lines.json) whose every pattern names its source.
/// </summary>
public sealed class PageLines
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex[] _furniture;
    private readonly Regex[] _datelines;
    private readonly Regex[] _fallbackSkips;
    private readonly Regex[] _bylineGroups;

    private PageLines(LinesFile file, string version)
    {
        _furniture = [.. (file.Furniture ?? []).Select(p => new Regex($"^\\s*(?:{p.Pattern})\\s*$", RegexOptions.CultureInvariant, MatchTimeout))];
        _datelines = [.. (file.Datelines ?? []).Select(p => new Regex(p.Pattern!, RegexOptions.CultureInvariant, MatchTimeout))];
        _fallbackSkips = [.. (file.FallbackSkips ?? []).Select(p => new Regex($"^(?:{p.Pattern})", RegexOptions.CultureInvariant, MatchTimeout))];
        _bylineGroups = [.. (file.BylineGroups ?? []).Select(p => new Regex(p.Pattern!, RegexOptions.CultureInvariant, MatchTimeout))];
        Version = version;
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "analysis", "page-lines.json");

    public string Version { get; }

    private static readonly Lazy<PageLines> Default = new(() => Load(DefaultPath), LazyThreadSafetyMode.PublicationOnly);

    public static PageLines LoadDefault() => Default.Value;

    public static PageLines Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Page-line patterns not found: {path}.", path);
        }

        var json = File.ReadAllBytes(path);
        LinesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<LinesFile>(json, DataFileJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid page-line file: {ex.Message}", ex);
        }

        foreach (var entry in new[] { file?.Furniture, file?.Datelines, file?.FallbackSkips, file?.BylineGroups }.SelectMany(l => l ?? []))
        {
            if (string.IsNullOrWhiteSpace(entry.Pattern) || string.IsNullOrWhiteSpace(entry.Source))
            {
                throw new InvalidDataException($"{path}: every pattern needs its source ('{entry.Pattern}').");
            }

            try
            {
                _ = new Regex(entry.Pattern);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"{path}: '{entry.Pattern}' is not a regular expression: {ex.Message}", ex);
            }
        }

        return new PageLines(file!, $"{file!.Version ?? "0"}+{Convert.ToHexStringLower(SHA256.HashData(json))[..8]}");
    }

    /// <summary>Whether a whole line is page furniture (a publication line, a byline, an e-paper line…).</summary>
    public bool IsFurniture(string line) => _furniture.Any(p => p.IsMatch(line));

    /// <summary>The dateline that opens <paramref name="text"/> at <paramref name="start"/>, if any.</summary>
    public Dateline? DatelineAt(string text, int start)
    {
        foreach (var pattern in _datelines)
        {
            var match = pattern.Match(text[start..]);
            if (match.Success && match.Index == 0 && match.Length > 0)
            {
                int? Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                return new Dateline(start, match.Length, Part("m"), Part("d"));
            }
        }

        return null;
    }

    /// <summary>Whether a clause opens with how or when the report learnt (记者从…获悉, 近日) rather than what.</summary>
    public bool IsFallbackSkip(string clause) => _fallbackSkips.Any(p => p.IsMatch(clause));

    /// <summary><paramref name="text"/> without the bylines and site names written into it (（记者陈浩）, - 某某网).</summary>
    public string WithoutBylines(string text) => _bylineGroups.Aggregate(text, (t, p) => p.Replace(t, ""));

    private sealed record LinesFile(string? Version, List<PatternEntry>? Furniture, List<PatternEntry>? Datelines, List<PatternEntry>? FallbackSkips, List<PatternEntry>? BylineGroups);

    private sealed record PatternEntry(string? Pattern, string? Source);
}

/// <summary>A dateline opening a report (人民网合肥1月15日电（记者陈浩）): where it is and the day it gives, if any.</summary>
public sealed record Dateline(int Start, int Length, int? Month, int? Day)
{
    public int End => Start + Length;
}
