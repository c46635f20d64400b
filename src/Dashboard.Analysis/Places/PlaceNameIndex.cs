namespace Dashboard.Analysis.Places;

/// <summary>
/// The names the detector looks for: every division's full name, and its short name when that has two characters or
/// more and is not an everyday word (<see cref="CommonWords"/>). Looked up longest first at each position of a text.
/// </summary>
internal sealed class PlaceNameIndex
{
    private readonly Dictionary<string, PlaceAlias> _aliases;
    private readonly Dictionary<string, PlaceAlias>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PlaceNameIndex(IEnumerable<Division> divisions)
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

/// <summary>A name and the divisions it can mean.</summary>
internal sealed record PlaceAlias(string Text, IReadOnlyList<Division> Divisions, bool IsFullName);
