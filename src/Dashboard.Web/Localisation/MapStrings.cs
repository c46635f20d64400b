namespace Dashboard.Web.Localisation;

/// <summary>The resource class of the locality map's strings.</summary>
public sealed class MapStrings;
