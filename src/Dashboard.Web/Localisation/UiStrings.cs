namespace Dashboard.Web.Localisation;

/// <summary>The resource class of the strings shared by the layout, the filter bar, the charts and the overview.</summary>
public sealed class UiStrings;
