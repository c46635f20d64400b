using Dashboard.Data.Queries;
using Dashboard.Web.Components.Dialogs;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Documents;

/// <summary>
/// One document: metadata, the text as received beside the normalised text (each sentence with the id s{index}, so
/// evidence links land on it), highlights, and the analysis. Editors can fix the metadata or remove the document.
/// </summary>
public partial class DocumentPage
{
    private DocumentDetail? _detail;
    private bool _missing;
    private bool _scrolled;
    private IReadOnlyCollection<TextMarkKind> _layers = [TextMarkKind.Theme, TextMarkKind.Instrument, TextMarkKind.Priority];

    [Parameter]
    public string PublicId { get; set; } = "";

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var detail = await Queries.DetailAsync(PublicId, cancellationToken);
        _missing = detail is null;
        _detail = detail;
        _scrolled = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Evidence links end in #s{sentence}: once the text is drawn, bring that sentence into view.
        if (_detail is not null && !_scrolled)
        {
            _scrolled = true;
            await JS.InvokeVoidAsync("dashboard.scrollToHash");
        }
    }

    private void LayersChanged(IReadOnlyCollection<TextMarkKind>? layers) => _layers = layers ?? [];

    /// <summary>Opens the metadata editor (editors only).</summary>
    internal async Task EditAsync()
    {
        await Editor.DemandAsync();
        if (_detail is not { } detail)
        {
            return;
        }

        var parameters = new DialogParameters<EditMetadataDialog>
        {
            { d => d.Initial, DocumentMetadataEdit.From(detail.Metadata) },
            { d => d.Save, SaveMetadataAsync },
        };
        await Dialogs.ShowAsync<EditMetadataDialog>(null, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
    }

    /// <summary>Writes an edit of this document's metadata; returns the refusal to show, or null when saved.</summary>
    internal async Task<string?> SaveMetadataAsync(DocumentMetadataEdit edit)
    {
        await Editor.DemandAsync();
        return await Writes.UpdateAsync(PublicId, edit);
    }

    /// <summary>Asks, then removes this document (editors only).</summary>
    internal async Task RemoveAsync()
    {
        await Editor.DemandAsync();
        if (_detail is not { } detail)
        {
            return;
        }

        var parameters = new DialogParameters<ConfirmRemoveDialog> { { d => d.DocumentTitle, detail.Metadata.Title } };
        var dialog = await Dialogs.ShowAsync<ConfirmRemoveDialog>(null, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            await RemoveConfirmedAsync();
        }
    }

    /// <summary>Removes this document once confirmed; the snackbar offers Undo. The page then shows the list.</summary>
    internal async Task RemoveConfirmedAsync()
    {
        await Editor.DemandAsync();
        if (await Writes.RemoveAsync(PublicId, _detail?.Metadata.Title ?? PublicId))
        {
            Navigation.NavigateTo(Filters.Link("/documents"));
        }
    }
}
