using System.Globalization;
using Dashboard.Segmentation.Dictionary;

namespace Dashboard.Segmentation.PosTagging;

/// <summary>
/// jieba.posseg's joint model: each state is a position letter (B, M, E, S) with a part-of-speech tag, read from
/// cppjieba's pos_dict files. States are numbered in the order Python compares the (letter, tag) tuples, so a
/// larger number wins a tie exactly as Python's max over (probability, state) does.
/// </summary>
internal sealed class PosHmmModel
{
    public const double MinFloat = -3.14e100;

    private readonly Dictionary<int, double> _emission;
    private readonly Dictionary<char, int[]> _charStates;

    private PosHmmModel(
        (char Position, string Tag)[] states,
        double[] start,
        double[] transition,
        int[][] successors,
        Dictionary<int, double> emission,
        Dictionary<char, int[]> charStates)
    {
        States = states;
        Start = start;
        Transition = transition;
        Successors = successors;
        _emission = emission;
        _charStates = charStates;
        AllStates = [.. Enumerable.Range(0, states.Length)];
    }

    public (char Position, string Tag)[] States { get; }

    public int Count => States.Length;

    public double[] Start { get; }

    /// <summary>Transition[from * Count + to]; -infinity where the model has no transition, as Python's MIN_INF.</summary>
    public double[] Transition { get; }

    /// <summary>The states each state can move to (empty for states with no transitions).</summary>
    public int[][] Successors { get; }

    public int[] AllStates { get; }

    public double Emission(int state, char c) => _emission.TryGetValue((state << 16) | c, out var p) ? p : MinFloat;

    /// <summary>The states a character may take (char_state_tab), or every state for an unknown character.</summary>
    public int[] StatesOf(char c) => _charStates.TryGetValue(c, out var states) ? states : AllStates;

    public static PosHmmModel Load(string directory)
    {
        var startRows = Rows(Path.Combine(directory, "prob_start.utf8"));
        var transRows = Rows(Path.Combine(directory, "prob_trans.utf8"));
        var emitRows = Rows(Path.Combine(directory, "prob_emit.utf8"));
        var charRows = Rows(Path.Combine(directory, "char_state_tab.utf8"));

        var names = new SortedSet<(char Position, string Tag)>(Comparer<(char Position, string Tag)>.Create(
            (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : string.CompareOrdinal(a.Tag, b.Tag)));
        foreach (var row in startRows)
        {
            names.Add(ParseState(row[..row.LastIndexOf(':')]));
        }

        var states = names.ToArray();
        var index = new Dictionary<(char, string), int>();
        for (var i = 0; i < states.Length; i++)
        {
            index[states[i]] = i;
        }

        int StateId(string text) => index.TryGetValue(ParseState(text), out var id)
            ? id
            : throw new InvalidDataException($"{directory}: unknown POS state '{text}'");

        var start = new double[states.Length];
        foreach (var row in startRows)
        {
            var colon = row.LastIndexOf(':');
            start[StateId(row[..colon])] = Number(row[(colon + 1)..]);
        }

        var n = states.Length;
        var transition = new double[n * n];
        Array.Fill(transition, double.NegativeInfinity);
        var successors = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            successors[i] = [];
        }

        foreach (var row in transRows)
        {
            var parts = row.Split(':');
            var from = StateId(parts[0]);
            var to = StateId(parts[1]);
            transition[(from * n) + to] = Number(parts[2]);
            successors[from].Add(to);
        }

        var emission = new Dictionary<int, double>();
        foreach (var row in emitRows)
        {
            var colon = row.IndexOf(':');
            var state = StateId(row[..colon]);
            foreach (var pair in row[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var comma = pair.LastIndexOf(',');
                if (comma == 1)
                {
                    emission[(state << 16) | pair[0]] = Number(pair[(comma + 1)..]);
                }
            }
        }

        var charStates = new Dictionary<char, int[]>();
        foreach (var row in charRows)
        {
            var colon = row.IndexOf(':');
            if (colon != 1)
            {
                continue;
            }

            charStates[row[0]] = [.. row[2..].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(StateId)];
        }

        return new PosHmmModel(states, start, transition, [.. successors.Select(s => s.ToArray())], emission, charStates);
    }

    private static (char, string) ParseState(string text)
    {
        var comma = text.IndexOf(',');
        return comma == 1 ? (text[0], text[2..]) : throw new InvalidDataException($"bad POS state '{text}'");
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<string> Rows(string path)
    {
        var text = DictionaryFile.ReadText(path);
        var rows = new List<string>();
        foreach (var range in DictionaryFile.Lines(text))
        {
            var line = text[range].Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line);
            }
        }

        return rows;
    }
}
