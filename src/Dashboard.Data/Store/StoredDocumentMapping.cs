using Dashboard.Analysis.Documents;
using Dashboard.Data.Store.Entities;

namespace Dashboard.Data.Store;

/// <summary>The one place that turns stored metadata back into what the analysis takes.</summary>
public static class StoredDocumentMapping
{
    /// <summary>A stored kind ("MeetingRelease", or "meeting-release" as seeds.json writes it); Other when unknown.</summary>
    public static DocumentKind ParseKind(string kind) =>
        Enum.TryParse<DocumentKind>(kind.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) ? parsed : DocumentKind.Other;

    /// <summary>The stored document as it would be added again: text and the metadata users gave or confirmed.</summary>
    public static NewDocument ToNewDocument(this StoredDocument stored) => new(stored.RawText)
    {
        PublicId = stored.PublicId,
        Title = stored.Title,
        LocalityCode = stored.LocalityCode,
        LocalityIsSuggestion = stored.LocalitySuggested,
        LocalityConfirmedUnknown = stored.LocalityCode is null,
        Date = new PolicyDate(stored.Year, stored.Month, stored.Day, stored.YearInferred),
        Kind = ParseKind(stored.Kind),
        Issuer = stored.Issuer,
        SourceUrl = stored.SourceUrl,
        OriginalFileName = stored.OriginalFileName,
        SourceEncoding = stored.SourceEncoding,
        Synthetic = stored.Synthetic,
        CreatedAt = stored.CreatedAt,
    };

    /// <summary>What the analysis takes of a document: its text, with its known metadata winning over detection.</summary>
    public static DocumentInput ToInput(this NewDocument document, string publicId) => new(publicId, document.RawText)
    {
        Title = document.Title,
        LocalityCode = document.LocalityCode,
        LocalityIsSuggestion = document.LocalityIsSuggestion,
        Date = document.Date,
        Kind = document.Kind,
        Issuer = document.Issuer,
        SourceUrl = document.SourceUrl,
        Synthetic = document.Synthetic,
    };
}
