using System.Collections.Frozen;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// The verbs and adverbs of policy prose that introduce what is to be built (着力壮大…, 聚焦…, 推进…建设). They are
/// cut from the front of a list's first item and end a name read backwards. Listed, not left to the tagger, because
/// jieba tags several of them as nouns or adjectives (著力/n, 壮大/a, 布局/n).
/// </summary>
internal static class ActionWords
{
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
    [
        "要", "着力", "著力", "壮大", "做大", "做强", "做优", "做大做强", "发展", "培育", "聚焦", "围绕", "加快",
        "推动", "推进", "打造", "布局", "建设", "构建", "建立", "完善", "抢占", "突出", "支持", "鼓励",
        "引进", "提升", "巩固", "延伸", "瞄准", "抓好", "深耕", "主攻", "持续", "不断", "进一步", "扩大", "培植",
        "发挥", "依托", "共建", "组建", "搭建", "创建", "争创", "用好", "用活", "强化", "加强", "深化", "实施", "开展",
        "谋划", "招引", "集聚", "聚集", "拓展", "抢抓", "前瞻", "超前", "加速",
        "新建", "筹建", "申建", "建成", "新增", "形成", "设立", "成立", "争取", "对接", "落实", "立足", "面向",
    ], StringComparer.Ordinal);

    /// <summary>Words that are adverbs before a verb (重点发展, 大力培育) and qualifiers before a noun (重点领域):
    /// cut only when an action follows.</summary>
    public static readonly FrozenSet<string> Adverbial = FrozenSet.ToFrozenSet(["重点", "大力", "全力", "积极", "优先"], StringComparer.Ordinal);

    /// <summary>An action word, or two run together into one dictionary word (大力发展, 加快推进).</summary>
    public static bool Contains(string word)
    {
        if (All.Contains(word))
        {
            return true;
        }

        for (var split = 2; split <= word.Length - 2; split++)
        {
            var (first, second) = (word[..split], word[split..]);
            if ((All.Contains(first) || Adverbial.Contains(first)) && All.Contains(second))
            {
                return true;
            }
        }

        return false;
    }
}
