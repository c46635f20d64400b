namespace Dashboard.Web.Localisation;

/// <summary>The resource class of the Method page's strings.</summary>
public sealed class MethodStrings;
