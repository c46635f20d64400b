namespace Dashboard.Web.Localisation;

/// <summary>The resource class of the sign-in page and the Add documents page, with every refusal message.</summary>
public sealed class EditingStrings;
