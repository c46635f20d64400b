using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Web.Localisation;
using Dashboard.Web.Services;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Documents;

/// <summary>
/// The document pages' writes, for one user's circuit: edit metadata, remove (with an Undo in the snackbar) and
/// restore. Each checks the user is an editor first, then writes through the store in force and refreshes the
/// snapshot, so every page redraws. Refusals come back in the reader's language.
/// </summary>
public sealed class DocumentWrites(EditorAccess editor, ActiveAnalysis analysis, CorpusSnapshotCache snapshots, ISnackbar snackbar, IStringLocalizer<DocumentStrings> strings)
{
    /// <summary>Saves an editor's metadata; the analysis is recomputed. Returns the refusal in words, or null when saved.</summary>
    public async Task<string?> UpdateAsync(string publicId, DocumentMetadataEdit edit)
    {
        await editor.DemandAsync();
        var result = await analysis.Store.UpdateMetadataAsync(publicId, edit.ApplyTo);
        if (result.Refusal is { } refusal)
        {
            return RefusalText(refusal, publicId, edit);
        }

        await snapshots.RefreshAsync();
        snackbar.Add(strings["Edit.Saved"], Severity.Success);
        return null;
    }

    /// <summary>Removes a document from view and offers to undo it.</summary>
    public async Task<bool> RemoveAsync(string publicId, string title)
    {
        await editor.DemandAsync();
        if (!await analysis.Store.RemoveAsync(publicId))
        {
            snackbar.Add(strings["Remove.Failed"], Severity.Warning);
            return false;
        }

        await snapshots.RefreshAsync();
        snackbar.Add(strings["Remove.Done", title], Severity.Info, options =>
        {
            options.Action = strings["Remove.Undo"];
            options.ActionColor = Color.Primary;
            options.VisibleStateDuration = 10_000;
            options.OnClick = _ => RestoreAsync(publicId, title);
        }, key: "removed-" + publicId);
        return true;
    }

    public async Task<bool> RestoreAsync(string publicId, string title)
    {
        await editor.DemandAsync();
        if (!await analysis.Store.RestoreAsync(publicId))
        {
            snackbar.Add(strings["Restore.Failed"], Severity.Warning);
            return false;
        }

        await snapshots.RefreshAsync();
        snackbar.Add(strings["Remove.Restored", title], Severity.Success);
        return true;
    }

    /// <summary>The refusal in the reader's language; the store's English sentence when there is no translation.</summary>
    public string RefusalText(StoreRefusal refusal, string publicId, DocumentMetadataEdit edit)
    {
        var key = "Refused." + refusal.Reason;
        object[] arguments = refusal.Reason switch
        {
            "not-found" => [publicId],
            "future-date" => [edit.Date.ToString()],
            "unknown-locality-code" => [edit.LocalityCode ?? ""],
            _ => [],
        };
        var text = strings[key, arguments];
        return text.ResourceNotFound ? refusal.Message : text.Value;
    }
}
