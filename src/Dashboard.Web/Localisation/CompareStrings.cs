namespace Dashboard.Web.Localisation;

/// <summary>The resource class of the compare page's strings.</summary>
public sealed class CompareStrings;
