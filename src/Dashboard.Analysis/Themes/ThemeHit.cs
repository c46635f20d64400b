using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Themes;

/// <summary>One occurrence of a theme's term in a document.</summary>
public sealed record ThemeHit(string ThemeId, string Term, Evidence Evidence);
