namespace Dashboard.Web.Localisation;

/// <summary>The resource class of the report builder, the report page and its files (ReportStrings.resx).</summary>
public sealed class ReportStrings;
