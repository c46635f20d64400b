using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;

namespace Dashboard.Data.Queries;

/// <summary>
/// A report's tables as files: one Excel workbook with a sheet per table (ClosedXML), or CSV that Excel opens
/// correctly with Chinese text (UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF), several zipped together.
/// </summary>
public static class ReportFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";
    public const string ZipType = "application/zip";

    public static byte[] Workbook(IReadOnlyList<ReportTable> tables)
    {
        using var workbook = new XLWorkbook();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            var sheet = workbook.AddWorksheet(SheetName(table.Name, used));
            for (var c = 0; c < table.Header.Count; c++)
            {
                sheet.Cell(1, c + 1).Value = table.Header[c];
            }

            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (var c = 0; c < row.Count; c++)
                {
                    var cell = sheet.Cell(r + 2, c + 1);
                    switch (row[c])
                    {
                        case null:
                            break;
                        case string s:
                            cell.SetValue(s);
                            break;
                        case int or long or double or decimal:
                            cell.Value = Convert.ToDouble(row[c], System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        default:
                            cell.SetValue(ReportTables.Text(row[c]));
                            break;
                    }
                }
            }

            sheet.Row(1).Style.Font.Bold = true;
            sheet.SheetView.FreezeRows(1);
            for (var c = 1; c <= table.Header.Count; c++)
            {
                sheet.Column(c).Width = c == table.Header.Count && table.Id == "evidence-sentences" ? 80 : 18;
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static string Csv(ReportTable table)
    {
        var text = new StringBuilder().Append('\uFEFF');
        foreach (var row in new[] { table.Header.Cast<object?>().ToList() }.Concat(table.Rows.Select(r => r.ToList())))
        {
            text.AppendJoin(',', row.Select(v => Quote(ReportTables.Text(v)))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Every table as its own CSV file in one zip.</summary>
    public static byte[] CsvZip(IReadOnlyList<ReportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in tables)
            {
                var entry = zip.CreateEntry(table.Id + ".csv", CompressionLevel.Fastest);
                using var writer = entry.Open();
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Csv(table));
                writer.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || field.StartsWith(' ') || field.EndsWith(' ')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        clean = clean.Length == 0 ? "Sheet" : clean[..Math.Min(clean.Length, 31)];
        var candidate = clean;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = clean[..Math.Min(clean.Length, 28)] + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
