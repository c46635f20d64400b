using Dashboard.Web.Services;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Components.Pages.Add;

/// <summary>
/// Add documents: paste a text or upload files, check what was detected, save. The work is ImportSession's; every
/// handler that reads or writes starts by demanding a signed-in editor, whatever the page showed.
/// </summary>
public partial class Add
{
    /// <summary>Most files one choice may carry.</summary>
    internal const int MaxFilesPerBatch = 500;

    private const string Accept = ".txt,.html,.htm,.docx,.pdf,text/plain,text/html";
    private const string UploadButtonClass = "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple";

    private string? _pasted;
    private bool _busy;
    private ImportProgress? _progress;
    private string _progressKey = "Add.Reading";

    private List<ImportEntry> Refused => [.. Session.Entries.Where(e => e.State == ImportEntryState.Refused)];

    private int Count(ImportEntryState state) => Session.Entries.Count(e => e.State == state);

    internal async Task ReadPastedAsync()
    {
        await Editor.DemandAsync();
        _busy = true;
        try
        {
            var entry = await Session.AddPastedTextAsync(_pasted ?? "");
            if (entry.State != ImportEntryState.Refused)
            {
                _pasted = null;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    internal async Task FilesChosenAsync(InputFileChangeEventArgs e)
    {
        await Editor.DemandAsync();
        var files = e.GetMultipleFiles(MaxFilesPerBatch);
        _busy = true;
        _progressKey = "Add.Reading";
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                _progress = new ImportProgress(i, files.Count, file.Name);
                StateHasChanged();
                await Session.AddFileAsync(file.Name, file.Size, limit => file.OpenReadStream(limit));
            }
        }
        finally
        {
            (_busy, _progress) = (false, null);
        }
    }

    internal async Task SaveAsync(ImportEntry entry)
    {
        await Editor.DemandAsync();
        _busy = true;
        try
        {
            await Session.SaveAsync(entry);
        }
        finally
        {
            _busy = false;
        }
    }

    internal async Task SaveAllAsync()
    {
        await Editor.DemandAsync();
        _busy = true;
        _progressKey = "Add.Saving";
        try
        {
            await Session.SaveAllAsync(new SynchronousProgress(p =>
            {
                _progress = p;
                StateHasChanged();
            }));
        }
        finally
        {
            (_busy, _progress) = (false, null);
        }
    }

    private void Remove(ImportEntry entry) => Session.Remove(entry);

    private void ClearFinished() => Session.ClearFinished();

    /// <summary>Reports on the caller's thread (the circuit's), so the bar moves between saves.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
