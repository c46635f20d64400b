using System.Text;

namespace Dashboard.Web.Services;

/// <summary>CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF.</summary>
public static class CsvText
{
    public const char ByteOrderMark = '\uFEFF';

    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder().Append(ByteOrderMark);
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || field.StartsWith(' ') || field.EndsWith(' ')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
