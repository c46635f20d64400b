namespace Dashboard.Web.Localisation;

/// <summary>The resource class of the document list, the document page and their dialogs.</summary>
public sealed class DocumentStrings;
