using Dashboard.Analysis.Themes;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Web.Localisation;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Themes;

/// <summary>
/// Editors change the taxonomy's labels and terms here. Every change is checked at once, and the preview segments and
/// scores the sample with the edited taxonomy; nothing reaches the analysis until Save, which checks again, writes
/// the taxonomy file and starts the background re-analysis.
/// </summary>
public partial class TaxonomyEditor
{
    private TaxonomyDraft _draft = new();
    private string _savedJson = "";
    private IReadOnlyList<TaxonomyProblem> _problems = [];
    private IReadOnlyList<Theme> _previewThemes = [];
    private ThemePreviewResult? _preview;
    private CancellationTokenSource? _previewCancellation;
    private bool _previewing;
    private bool _dirty;
    private string _sample = "";
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private IDisposable? _subscription;

    /// <summary>The draft being edited (tests read and change it as the fields do).</summary>
    internal TaxonomyDraft Draft => _draft;

    protected override async Task OnInitializedAsync()
    {
        _sample = T["Preview.DefaultSample"];
        _subscription = Runner.Subscribe(() => InvokeAsync(StateHasChanged));
        Reset();
        await PreviewAsync();
    }

    private void Reset()
    {
        _draft = TaxonomyDraft.From(Analysis.Resources.Taxonomy);
        _savedJson = Convert.ToBase64String(_draft.ToJson());
        _problems = [];
        _dirty = false;
    }

    /// <summary>Called after any field changes: checks the draft and refreshes the preview.</summary>
    internal async Task ChangedAsync()
    {
        _message = null;
        _problems = TaxonomyValidation.Check(_draft);
        _dirty = Convert.ToBase64String(_draft.ToJson()) != _savedJson;
        await PreviewAsync();
    }

    /// <summary>Changes the draft as the fields would, then checks, previews and redraws (tests use this).</summary>
    internal async Task EditAsync(Action<TaxonomyDraft> edit)
    {
        edit(_draft);
        await ChangedAsync();
        StateHasChanged();
    }

    internal async Task PreviewAsync()
    {
        if (_problems.Count > 0)
        {
            _preview = null;
            return;
        }

        _previewCancellation?.Cancel();
        var cts = _previewCancellation = new CancellationTokenSource();
        _previewing = true;
        try
        {
            var taxonomy = _draft.ToTaxonomy();
            var result = await Previewer.PreviewAsync(taxonomy, _sample, cts.Token);
            if (!cts.IsCancellationRequested)
            {
                _preview = result;
                _previewThemes = taxonomy.Themes;
            }
        }
        catch (OperationCanceledException)
        {
            // A newer edit's preview replaces this one.
        }
        finally
        {
            if (ReferenceEquals(cts, _previewCancellation))
            {
                _previewing = false;
            }
        }
    }

    private async Task AddThemeAsync()
    {
        await Editor.DemandAsync();
        _draft.Themes.Add(new ThemeDraft { Chinese = "", English = T["Edit.NewTheme"] });
        await ChangedAsync();
    }

    private async Task RemoveThemeAsync(int index)
    {
        await Editor.DemandAsync();
        _draft.Themes.RemoveAt(index);
        await ChangedAsync();
    }

    private async Task DiscardAsync()
    {
        Reset();
        _message = null;
        await PreviewAsync();
    }

    /// <summary>Checks, saves and starts the re-analysis. Refused (throws) unless the user is a signed-in editor.</summary>
    internal async Task SaveAsync()
    {
        await Editor.DemandAsync();
        _problems = TaxonomyValidation.Check(_draft);
        if (_problems.Count > 0)
        {
            return;
        }

        try
        {
            _ = Runner.SaveTaxonomyAsync(_draft);
            _savedJson = Convert.ToBase64String(_draft.ToJson());
            _dirty = false;
            Say(T["Edit.Saved"], Severity.Success);
        }
        catch (TaxonomyValidationException ex)
        {
            _problems = ex.Problems;
        }
        catch (InvalidOperationException)
        {
            Say(T["Edit.Busy"], Severity.Warning);
        }
    }

    private void Say(string message, Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }

    private string PanelTitle(ThemeDraft theme, int index)
    {
        var label = DisplayNames.Theme(new Theme(theme.Id, theme.Chinese, theme.English, "", "", []));
        return string.IsNullOrWhiteSpace(theme.Chinese) && string.IsNullOrWhiteSpace(theme.English) ? $"#{index + 1}" : label;
    }

    private string ProblemText(TaxonomyProblem problem) => problem.Kind == TaxonomyProblemKind.MissingId
        ? T["Problem." + problem.Kind, problem.ThemeIndex + 1]
        : T["Problem." + problem.Kind, problem.ThemeId ?? "", problem.Term ?? "", problem.OtherThemeId ?? ""];

    public void Dispose()
    {
        _subscription?.Dispose();
        _previewCancellation?.Cancel();
        GC.SuppressFinalize(this);
    }
}
