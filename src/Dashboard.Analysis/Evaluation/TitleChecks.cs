using System.Text.RegularExpressions;

namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// What makes a title unfit to show, checked independently of how the analysis picks titles: a news dateline
/// (人民网合肥1月15日电, 本报讯), a byline or photo credit (记者, 摄), a publication line (发布时间, 来源), or a quotation
/// mark left open.
/// </summary>
public static partial class TitleChecks
{
    public static string? Problem(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (Dateline().IsMatch(title))
        {
            return "dateline";
        }

        if (Byline().IsMatch(title))
        {
            return "byline";
        }

        if (PublicationLine().IsMatch(title))
        {
            return "publication line";
        }

        return Text.Quotes.Unbalanced(title) ? "unbalanced quotation" : null;
    }

    [GeneratedRegex(@"\d{1,2}月\d{1,2}日\s*(?:电|讯|消息)|(?:本报|本台|本网)讯|新华社|^\S{0,12}(?:网|社|报)讯")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"[（(][^）)]*(?:记者|通讯员)|^\s*(?:记者|通讯员)\s*\S{2,4}(?:\s|$)|摄\s*[)）]?\s*$|责任编辑|编辑[:：]|作者[:：]")]
    private static partial Regex Byline();

    [GeneratedRegex(@"发布时间|发布日期|来源[:：]|^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")]
    private static partial Regex PublicationLine();
}
