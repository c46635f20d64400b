using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// A name of an industry in a sentence: the phrase that names it (the vocabulary's term with the qualifiers and
/// nouns written onto it: 前沿新材料, 光伏组件), the canonical industry it denotes (null for a name the vocabulary does
/// not know), and the head written after it (产业集群, 产业链), if any. Offsets are into the normalised text.
/// </summary>
/// <param name="TermEnd">Where the vocabulary's term ends: what comes after it up to <see cref="End"/> was written onto it.</param>
internal sealed record IndustryMention(int Start, int End, string Item, Industry? Industry, string? Head, int TermEnd = 0)
{
    public int HeadEnd => End + (Head?.Length ?? 0);
}
