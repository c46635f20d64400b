using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Data.Tests.Ingestion;

/// <summary>Chinese texts to encode and read back, and the encodings the tests write them in.</summary>
internal static partial class SampleTexts
{
    public const string Simplified =
        "东莞市人民政府关于加快发展新质生产力的实施意见。\n"
        + "为深入贯彻落实党中央、国务院决策部署，推动制造业高质量发展，现提出以下意见。\n"
        + "一、总体要求：坚持创新驱动发展战略，培育壮大战略性新兴产业，加快建设现代化产业体系。\n"
        + "二、重点任务：支持企业加大研发投入，完善科技成果转化机制，强化人才支撑，到2025年全市研发投入强度达到4%以上。\n";

    // From the Dongguan seed, its pinyin annotations removed.
    public const string Traditional =
        "11月28日上午，東莞市委理論學習中心組召開專題學習會，深入學習貫徹習近平總書記關於發展新質生產力的重要論述精神。\n"
        + "會議強調，要持續學深悟透，準確理解新質生產力的基本內涵、核心標誌、本質屬性，深刻認識發展新質生產力的重要性與緊迫性。\n"
        + "會上，與會同志圍繞「加快發展新質生產力扎實推進高質量發展」專題，結合分管工作交流學習體會和落實舉措。\n";

    public const string ShortSimplified = "市政府召开常务会议，研究部署稳就业工作。";

    public const string ShortTraditional = "市政府召開常務會議，研究部署穩就業工作。";

    public static Encoding Gb18030 => Get("gb18030");

    public static Encoding Gbk => Get("gbk");

    public static Encoding Big5 => Get("big5");

    /// <summary>Text in a named encoding: "utf-8-bom" and "utf-16le-bom" with their byte-order marks, the others without.</summary>
    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-32le-bom" => [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)],
        _ => Get(encoding).GetBytes(text),
    };

    /// <summary>A seed document's text without its pinyin annotations (學(xué)習(xí) → 學習), as Big5 can hold it.</summary>
    public static string Seed(string fileName) =>
        PinyinAnnotation().Replace(File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", fileName)), "");

    private static Encoding Get(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", ".."));

    [GeneratedRegex(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex PinyinAnnotation();
}
