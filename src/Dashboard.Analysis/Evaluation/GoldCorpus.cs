namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// The gold corpus: tests/corpus/index.tsv (tab-separated, a header naming the columns) and the texts under docs/
/// beside it. Columns are found by name, so their order may change; a row that cannot be read stops the load with
/// the file and line.
/// </summary>
public sealed class GoldCorpus(IReadOnlyList<GoldDocument> documents)
{
    private static readonly string[] Required =
        ["file", "part", "locality", "code", "level", "province", "province_code", "date_given", "date_also", "url", "headline", "naming", "kind", "noise", "industries"];

    public IReadOnlyList<GoldDocument> Documents { get; } = documents;

    public IEnumerable<string> Parts => Documents.Select(d => d.Part).Distinct(StringComparer.Ordinal).OrderBy(p => p == GoldDocument.Development ? 0 : 1);

    public static GoldCorpus Load(string indexPath)
    {
        if (!File.Exists(indexPath))
        {
            throw new FileNotFoundException($"The gold index {indexPath} does not exist (the project's is tests/corpus/index.tsv).", indexPath);
        }

        var lines = File.ReadAllLines(indexPath);
        if (lines.Length == 0)
        {
            throw new InvalidDataException($"{indexPath} is empty.");
        }

        var header = lines[0].Split('\t');
        var column = header.Select((name, i) => (name, i)).ToDictionary(c => c.name.Trim(), c => c.i, StringComparer.Ordinal);
        if (Required.FirstOrDefault(r => !column.ContainsKey(r)) is { } missing)
        {
            throw new InvalidDataException($"{indexPath} has no column '{missing}'.");
        }

        var docs = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(indexPath))!, "docs");
        var documents = new List<GoldDocument>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[n].Split('\t');
            string Cell(string name) => column[name] < cells.Length ? cells[column[name]].Trim() : "";
            try
            {
                documents.Add(Read(Cell, docs));
            }
            catch (Exception ex) when (ex is FormatException or IOException or InvalidDataException)
            {
                throw new InvalidDataException($"{indexPath} line {n + 1}: {ex.Message}", ex);
            }
        }

        return new GoldCorpus(documents);
    }

    private static GoldDocument Read(Func<string, string> cell, string docs)
    {
        var file = cell("file");
        var part = cell("part");
        if (part is not (GoldDocument.Development or GoldDocument.Test))
        {
            throw new InvalidDataException($"part is '{part}'; use {GoldDocument.Development} or {GoldDocument.Test}");
        }

        var path = Path.Combine(docs, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the text {path} is missing", path);
        }

        return new GoldDocument(
            file,
            part,
            cell("locality"),
            cell("code"),
            cell("level"),
            cell("province"),
            cell("province_code"),
            GoldDate.Parse(cell("date_given")),
            [.. List(cell("date_also")).Select(d => GoldDate.Parse(d)!)],
            NoneToNull(cell("url")),
            NoneToNull(cell("headline")),
            cell("naming"),
            cell("kind"),
            cell("noise"),
            List(cell("industries")),
            File.ReadAllText(path));
    }

    private static string? NoneToNull(string value) => value is "" or "NONE" ? null : value;

    private static List<string> List(string value) =>
        value is "" or "NONE" ? [] : [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
