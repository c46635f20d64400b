namespace Dashboard.Analysis.Places;

/// <summary>Character classes the place and date detectors need.</summary>
internal static class ChineseText
{
    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Punctuation or a line break: where a clause ends.</summary>
    public static bool IsClauseBreak(char c) =>
        c is '，' or '。' or '；' or '！' or '？' or '、' or '：' or ',' or ';' or '!' or '?' or ':' or '\n' or '\r'
            or '“' or '”' or '"' or '（' or '）' or '(' or ')' or '《' or '》' or '【' or '】' or '…';
}
