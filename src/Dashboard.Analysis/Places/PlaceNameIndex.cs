namespace Dashboard.Analysis.Places;

/// <summary>
/// The names the detector looks for: every division's full name, its short name when that has two characters or
/// more and is not an everyday word (<see cref="CommonWords"/>), and the other names of the place-name table (冰城,
/// 鹭岛). Looked up longest first at each position of a text.
/// </summary>
internal sealed class PlaceNameIndex
{
    private readonly Dictionary<string, PlaceAlias> _aliases;
    private readonly Dictionary<string, PlaceAlias>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="otherNames">Other names and the divisions they denote; a name that is also a division's short name
    /// (滨城) means either, and the context decides.</param>
    public PlaceNameIndex(IEnumerable<Division> divisions, IReadOnlyDictionary<string, Division>? otherNames = null)
    {
        var full = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        var shortNames = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        foreach (var division in divisions)
        {
            if (!CommonWords.FullNames.Contains(division.Name))
            {
                Add(full, division.Name, division);
            }

            if (division.ShortName != division.Name && division.ShortName.Length >= 2 && !CommonWords.ShortNames.Contains(division.ShortName))
            {
                Add(shortNames, division.ShortName, division);
            }
        }

        _aliases = new Dictionary<string, PlaceAlias>(StringComparer.Ordinal);
        foreach (var (name, list) in full)
        {
            _aliases[name] = new PlaceAlias(name, list, IsFullName: true);
        }

        foreach (var (name, list) in shortNames)
        {
            // A string that is one division's full name and another's short name is read as the full name.
            _aliases.TryAdd(name, new PlaceAlias(name, list, IsFullName: false));
        }

        foreach (var (name, division) in otherNames ?? new Dictionary<string, Division>())
        {
            _aliases[name] = _aliases.TryGetValue(name, out var existing)
                ? existing with { Divisions = [.. existing.Divisions.Append(division).Distinct()], IsOtherName = true }
                : new PlaceAlias(name, [division], IsFullName: false, IsOtherName: true);
        }

        _lookup = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = _aliases.Keys.Max(k => k.Length);
    }

    public int MaxLength { get; }

    /// <summary>The names starting at <paramref name="start"/>, longest first.</summary>
    public IEnumerable<PlaceAlias> MatchesAt(string text, int start)
    {
        for (var length = Math.Min(MaxLength, text.Length - start); length >= 2; length--)
        {
            if (_lookup.TryGetValue(text.AsSpan(start, length), out var alias))
            {
                yield return alias;
            }
        }
    }

    private static void Add(Dictionary<string, List<Division>> map, string name, Division division)
    {
        if (!map.TryGetValue(name, out var list))
        {
            map[name] = list = [];
        }

        list.Add(division);
    }
}

/// <summary>A name and the divisions it can mean; other names (冰城) mark the place wherever they stand.</summary>
internal sealed record PlaceAlias(string Text, IReadOnlyList<Division> Divisions, bool IsFullName, bool IsOtherName = false);
