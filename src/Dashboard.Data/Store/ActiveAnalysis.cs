using Dashboard.Analysis.Corpus;

namespace Dashboard.Data.Store;

/// <summary>
/// The analysis resources in force (taxonomy, instrument rules, lexicon) and the analyzer and store built on them.
/// An editor's change to the taxonomy replaces them once the re-analysis that applies the change is complete, so
/// charts, labels and new documents all move to the new taxonomy at the same moment.
/// </summary>
public sealed class ActiveAnalysis
{
    private readonly Func<DashboardDbContext> _contexts;
    private readonly TimeProvider _clock;
    private volatile State _state;

    public ActiveAnalysis(Func<DashboardDbContext> contexts, AnalysisResources resources, TimeProvider? clock = null)
    {
        _contexts = contexts;
        _clock = clock ?? TimeProvider.System;
        _state = Build(resources);
    }

    public AnalysisResources Resources => _state.Resources;

    public DocumentAnalyzer Analyzer => _state.Analyzer;

    public DocumentStore Store => _state.Store;

    public void Replace(AnalysisResources resources) => _state = Build(resources);

    private State Build(AnalysisResources resources)
    {
        var analyzer = new DocumentAnalyzer(resources);
        return new State(resources, analyzer, new DocumentStore(_contexts, analyzer, _clock));
    }

    private sealed record State(AnalysisResources Resources, DocumentAnalyzer Analyzer, DocumentStore Store);
}
