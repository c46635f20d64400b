namespace Dashboard.Data.Store;

/// <summary>Why the store did not take a document, in words a user understands, with a key for localisation.</summary>
public sealed record StoreRefusal(string Reason, string MessageKey, string Message)
{
    public static StoreRefusal Duplicate(string title, string publicId) => new(
        "duplicate",
        "store.refused.duplicate",
        $"This text is already stored as “{title}” ({publicId}).");

    public static StoreRefusal UnknownLocality() => new(
        "unknown-locality",
        "store.refused.unknown-locality",
        "No locality was found in this text. Choose its locality, or confirm that it has none.");

    public static StoreRefusal UnknownLocalityCode(string code) => new(
        "unknown-locality-code",
        "store.refused.unknown-locality-code",
        $"{code} is not a locality code of the gazetteer.");

    public static StoreRefusal FutureDate(string date) => new(
        "future-date",
        "store.refused.future-date",
        $"The date {date} is in the future. Correct it before saving.");

    public static StoreRefusal NoChinese() => new(
        "no-chinese",
        "store.refused.no-chinese",
        "This text contains no Chinese.");

    public static StoreRefusal NotFound(string publicId) => new(
        "not-found",
        "store.refused.not-found",
        $"There is no document {publicId}: it may have been removed.");

    public static StoreRefusal Empty() => new(
        "empty",
        "store.refused.empty",
        "The text is empty.");
}

/// <summary>The outcome of adding a document: the stored document, or a refusal (nothing stored).</summary>
public sealed record AddResult(Entities.StoredDocument? Document, StoreRefusal? Refusal)
{
    public bool Added => Document is not null;
}
