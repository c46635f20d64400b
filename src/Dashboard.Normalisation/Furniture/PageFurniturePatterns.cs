using System.Text.RegularExpressions;

namespace Dashboard.Normalisation;

/// <summary>
/// Lines of web-page furniture, in simplified characters. Each pattern must match a whole line (surrounding white
/// space aside), so a sentence that merely mentions 打印 or 相关新闻 is never a match.
/// </summary>
internal static class PageFurniturePatterns
{
    private static readonly string[] Lines =
    [
        // the font-size switcher: 字号: 大 中 小, 【字体：大 中 小】
        @"【?字[号体]\s*[:：]?\s*【?大】?\s*【?中】?\s*【?小】?\s*】?",
        // related-content links: - 相关新闻, 【相关阅读】
        @"[-－—–·•>»]*\s*【?相关(新闻|阅读|链接|文章)】?\s*[:：]?",
        // share bars: 分享到：微信 微博 QQ空间
        @"分享到\s*[:：]?[\s|、，,]*((微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|人人网|豆瓣)[\s|、，,]*)*",
        // print, close and back-to-top links, alone or several on one line: 【打印】【关闭】, 打印本页 | 关闭窗口
        @"(【?(打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|保存本页)】?[\s|]*)+",
        // QR-code captions: 扫一扫在手机打开当前页
        @"扫一扫\s*(在手机上?打开当前页|在手机打开|用手机打开|分享到微信|分享到朋友圈)?",
        // editor credits: 责任编辑：张三, （责任编辑：张三）
        @"[(（【\[]?\s*责任编辑\s*[:：]\s*[^。！？；\s]{1,10}(\s+[^。！？；\s]{1,10}){0,3}\s*[)）】\]]?",
    ];

    private static readonly Regex[] WholeLines =
        [.. Lines.Select(pattern => new Regex($@"^\s*(?:{pattern})\s*$", RegexOptions.CultureInvariant))];

    public static bool IsFurniture(ReadOnlySpan<char> line)
    {
        foreach (var pattern in WholeLines)
        {
            if (pattern.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }
}
