using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Data.Ingestion;

namespace Dashboard.Web.Services;

/// <summary>Where one pasted text or uploaded file is on its way into the store.</summary>
public enum ImportEntryState
{
    /// <summary>Read and analysed; the editor checks the fields and saves it.</summary>
    Ready,

    /// <summary>Cannot be stored whatever the fields say (empty, not Chinese, not text, a duplicate…).</summary>
    Refused,

    /// <summary>In the store.</summary>
    Saved,
}

/// <summary>
/// One pasted text or uploaded file on the Add documents page: what was read and detected, the fields the editor
/// can change before saving, and the last refusal, if any.
/// </summary>
public sealed class ImportEntry
{
    internal ImportEntry(int id, string fileName, bool pasted, long byteCount)
    {
        Id = id;
        FileName = fileName;
        IsPasted = pasted;
        ByteCount = byteCount;
    }

    public int Id { get; }

    /// <summary>The uploaded file's name; <see cref="DocumentFileReader.PastedTextName"/> for pasted text.</summary>
    public string FileName { get; }

    public bool IsPasted { get; }

    public long ByteCount { get; }

    public ImportEntryState State { get; internal set; } = ImportEntryState.Ready;

    /// <summary>Why the entry was refused, or why the last save did not go through (a field to correct).</summary>
    public ImportMessage? Problem { get; internal set; }

    /// <summary>How the bytes were decoded ("gb18030", "utf-8"…); null for .docx, .pdf and pasted text.</summary>
    public string? Encoding { get; internal set; }

    /// <summary>Stray invalid bytes the decoding replaced with U+FFFD, shown so the editor can check those lines.</summary>
    public DecodingRepair? Repair { get; internal set; }

    public DocumentFileFormat? Format { get; internal set; }

    public string? SourceUrl { get; internal set; }

    internal string RawText { get; set; } = "";

    internal string ContentHash { get; set; } = "";

    /// <summary>The start of the normalised text, as the analysis reads it.</summary>
    public string Preview { get; internal set; } = "";

    /// <summary>Characters of the whole normalised text.</summary>
    public int NormalisedLength { get; internal set; }

    public string? DetectedTitle { get; internal set; }

    public PlaceRef? DetectedLocality { get; internal set; }

    /// <summary>The phrase the locality was detected from.</summary>
    public string? LocalityEvidence { get; internal set; }

    /// <summary>How sure the detection is (0..1).</summary>
    public double? LocalityConfidence { get; internal set; }

    /// <summary>The detected locality is below the confidence threshold and the editor has not picked another: it is
    /// shown as "suggested, please confirm" and stored as a suggestion unless <see cref="ConfirmSuggestedLocality"/>.</summary>
    public bool LocalitySuggested { get; internal set; }

    /// <summary>The editor confirms the suggested locality: it is stored as fact.</summary>
    public bool ConfirmSuggestedLocality { get; set; }

    public PolicyDate? DetectedDate { get; internal set; }

    /// <summary>The phrase the date was detected from.</summary>
    public string? DateEvidence { get; internal set; }

    /// <summary>The title to store; pre-filled with the detected one.</summary>
    public string Title { get; set; } = "";

    /// <summary>The locality to store; pre-filled with the detected one. Null: none.</summary>
    public Division? Locality { get; set; }

    /// <summary>The editor confirms that the document has no locality (offered when <see cref="Locality"/> is null).</summary>
    public bool ConfirmNoLocality { get; set; }

    /// <summary>The date to store as text (see <see cref="ImportDateText"/>); pre-filled with the detected one.</summary>
    public string DateText { get; set; } = "";

    public DocumentKind Kind { get; set; } = DocumentKind.Other;

    /// <summary>The stored document's public id, once saved.</summary>
    public string? SavedId { get; internal set; }

    public bool CanSave => State == ImportEntryState.Ready;
}
