namespace Dashboard.Web.Services;

/// <summary>A message about one document of the Add documents page: a key of EditingStrings and its arguments.</summary>
public sealed record ImportMessage(string Key, params object[] Arguments)
{
    /// <summary>The key of a refusal from the ingestion library or the store ("import.refused.empty").</summary>
    public static ImportMessage Refusal(string messageKey, params object[] arguments) => new("Refusal." + messageKey, arguments);
}
