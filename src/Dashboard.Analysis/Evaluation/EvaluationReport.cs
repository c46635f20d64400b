using Dashboard.Analysis.Corpus;

namespace Dashboard.Analysis.Evaluation;

/// <summary>The figures of each part and the verdict on each document, with the versions that produced them.</summary>
public sealed record EvaluationReport(IReadOnlyList<PartScores> Parts, IReadOnlyList<DocumentVerdict> Documents, AnalysisVersions Versions)
{
    public PartScores? Part(string name) => Parts.FirstOrDefault(p => p.Part == name);
}
