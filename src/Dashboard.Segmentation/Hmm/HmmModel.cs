using System.Runtime.CompilerServices;
using System.Globalization;
using Dashboard.Segmentation.Dictionary;

namespace Dashboard.Segmentation.Hmm;

/// <summary>
/// jieba's character-tagging HMM (finalseg): states B, M, E, S; start, transition and emission log-probabilities,
/// read from cppjieba's hmm_model.utf8. Emissions are kept in one flat table indexed by state and UTF-16 unit,
/// holding jieba's MIN_FLOAT for characters the model has not seen.
/// </summary>
internal sealed class HmmModel
{
    public const double MinFloat = -3.14e100;
    public const int B = 0, E = 1, M = 2, S = 3;

    private HmmModel(double[] start, double[,] transition, double[] emission)
    {
        Start = start;
        Transition = transition;
        Emission = emission;
    }

    public double[] Start { get; }

    public double[,] Transition { get; }

    /// <summary>Emission[state * 65536 + c].</summary>
    public double[] Emission { get; }

    public long MemoryBytes => Emission.LongLength * sizeof(double);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HmmModel Load(string path, string? cacheDirectory) =>
        BinaryCache.Load(path, cacheDirectory, "hmm", () => Load(path), Write, Read);

    private static void Write(BinaryWriter writer, HmmModel model)
    {
        BinaryCache.WriteArray<double>(writer, model.Start);
        for (var from = 0; from < 4; from++)
        {
            for (var to = 0; to < 4; to++)
            {
                writer.Write(model.Transition[from, to]);
            }
        }

        BinaryCache.WriteArray<double>(writer, model.Emission);
    }

    private static HmmModel Read(BinaryReader reader)
    {
        var start = BinaryCache.ReadArray<double>(reader, 4);
        var transition = new double[4, 4];
        for (var from = 0; from < 4; from++)
        {
            for (var to = 0; to < 4; to++)
            {
                transition[from, to] = reader.ReadDouble();
            }
        }

        return new HmmModel(start, transition, BinaryCache.ReadArray<double>(reader, 4 * 65536));
    }

    public static HmmModel Load(string path)
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

        // Order in the file: start (1 row), transition (4 rows), emission (4 rows), states in the order B E M S.
        if (rows.Count < 9)
        {
            throw new InvalidDataException($"{path}: expected 9 data rows (start, 4 transition, 4 emission), found {rows.Count}.");
        }

        var start = ParseRow(rows[0], path);
        var transition = new double[4, 4];
        for (var from = 0; from < 4; from++)
        {
            var row = ParseRow(rows[1 + from], path);
            for (var to = 0; to < 4; to++)
            {
                transition[from, to] = row[to];
            }
        }

        var emission = new double[4 * 65536];
        Array.Fill(emission, MinFloat);
        for (var state = 0; state < 4; state++)
        {
            foreach (var pair in rows[5 + state].Split(','))
            {
                var colon = pair.LastIndexOf(':');
                var key = pair[..colon];
                if (key.Length != 1)
                {
                    continue; // only BMP characters reach the HMM ([\u4E00-\u9FD5])
                }

                emission[(state * 65536) + key[0]] = double.Parse(pair.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return new HmmModel(start, transition, emission);
    }

    private static double[] ParseRow(string row, string path)
    {
        var parts = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
        {
            throw new InvalidDataException($"{path}: expected 4 numbers in row '{row}'.");
        }

        return [.. parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture))];
    }
}
