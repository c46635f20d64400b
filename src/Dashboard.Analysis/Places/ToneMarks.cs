using System.Text;

namespace Dashboard.Analysis.Places;

/// <summary>Removes pinyin tone marks, keeping ü (so lǚ becomes lü).</summary>
internal static class ToneMarks
{
    private const string Marked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private const string Plain = "aaaaeeeeiiiioooouuuuüüüünnnm";

    public static string Strip(string syllable)
    {
        var builder = new StringBuilder(syllable.Length);
        foreach (var c in syllable)
        {
            var index = Marked.IndexOf(c, StringComparison.Ordinal);
            builder.Append(index >= 0 ? Plain[index] : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
