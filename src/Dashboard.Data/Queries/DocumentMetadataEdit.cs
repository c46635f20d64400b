using Dashboard.Analysis.Documents;
using Dashboard.Data.Store;

namespace Dashboard.Data.Queries;

/// <summary>
/// What an editor can change of a document: title, locality (a gazetteer code, or none), date, kind, issuer and
/// source. Applied through <see cref="DocumentStore.UpdateMetadataAsync"/>, which recomputes the analysis.
/// </summary>
public sealed record DocumentMetadataEdit(
    string Title,
    string? LocalityCode,
    PolicyDate Date,
    DocumentKind Kind,
    string? Issuer,
    string? SourceUrl)
{
    public static DocumentMetadataEdit From(DocumentMetadata metadata) => new(
        metadata.Title,
        metadata.Place?.Code,
        metadata.Date,
        metadata.Kind,
        metadata.Issuer,
        metadata.SourceUrl);

    /// <summary>The stored document with these values; blank text fields become null.</summary>
    public NewDocument ApplyTo(NewDocument document) => document with
    {
        Title = Blank(Title) ?? document.Title,
        LocalityCode = LocalityCode,
        // An editor who saves the metadata has looked at the locality: it is no longer a suggestion.
        LocalityIsSuggestion = false,
        LocalityConfirmedUnknown = LocalityCode is null,
        Date = Date,
        Kind = Kind,
        Issuer = Blank(Issuer),
        SourceUrl = Blank(SourceUrl),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
