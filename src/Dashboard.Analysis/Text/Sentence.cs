namespace Dashboard.Analysis.Text;

/// <summary>A sentence of a normalised text: its position in it, and its text.</summary>
public sealed record Sentence(int Index, int Start, int Length, string Text)
{
    public int End => Start + Length;
}
