using System.Globalization;

namespace Dashboard.Segmentation.Keywords;

/// <summary>Inverse document frequencies ("word idf" lines) and their median, used for words the table lacks.</summary>
public sealed class IdfTable
{
    private readonly Dictionary<string, double> _idf;

    private IdfTable(Dictionary<string, double> idf, double median)
    {
        _idf = idf;
        Median = median;
    }

    public double Median { get; }

    public int Count => _idf.Count;

    public double this[string word] => _idf.TryGetValue(word, out var idf) ? idf : Median;

    public static IdfTable Load(string path)
    {
        var text = Dictionary.DictionaryFile.ReadText(path);
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in PythonLines.Split(text))
        {
            lineNumber++;
            var parts = PythonText.Strip(line).ToString().Split(' ');
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"invalid IDF entry in {path} at line {lineNumber}: {line}");
            }

            idf[parts[0]] = value;
        }

        if (idf.Count == 0)
        {
            throw new InvalidDataException($"{path} holds no IDF entries.");
        }

        var sorted = idf.Values.ToArray();
        Array.Sort(sorted);
        return new IdfTable(idf, sorted[sorted.Length / 2]);
    }
}
