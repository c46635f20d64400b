using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dashboard.Data.Ingestion;

/// <summary>The article text of an HTML page, its title and its canonical address.</summary>
internal sealed record HtmlText(string Text, string? Title, string? SourceUrl);

/// <summary>
/// Turns an HTML page into its article text: drops scripts, styles and page furniture (navigation, header, footer,
/// side bars, forms, share bars, breadcrumbs), puts block elements on lines of their own and decodes entities.
/// </summary>
internal static class HtmlTextExtractor
{
    // Never visible, whatever they hold.
    private const string InvisibleElements = "script, style, noscript, template, head";

    // Furniture by its very tag.
    private const string FurnitureElements = "nav, header, footer, aside, iframe, select, button";

    // Furniture unless it holds most of the page's text: ASP.NET pages wrap everything in a <form>, and a class such
    // as "content-nav-wrap" may hold the article.
    private const string MaybeFurnitureElements = "form";

    private static readonly string[] FurnitureNameParts = ["menu", "nav", "footer", "share", "breadcrumb"];

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    };

    public static HtmlText Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var title = FindTitle(document);
        var sourceUrl = FindSourceUrl(document);

        foreach (var element in document.QuerySelectorAll(InvisibleElements).ToList())
        {
            element.Remove();
        }

        RemoveFurniture(document);
        title ??= Clean(document.QuerySelector("h1")?.TextContent);
        return new HtmlText(document.Body is { } body ? Lay(body) : "", title, sourceUrl);
    }

    private static string? FindTitle(IDocument document) =>
        // Chinese government sites tag the article title (国务院办公厅 web-site norms); <title> often adds the site name.
        Clean(FindAttribute(document, "meta", "name", "ArticleTitle", "content"))
        ?? Clean(FindAttribute(document, "meta", "property", "og:title", "content"))
        ?? Clean(document.Title);

    private static string? FindSourceUrl(IDocument document)
    {
        var candidates = new[]
        {
            FindAttribute(document, "link", "rel", "canonical", "href"),
            FindAttribute(document, "meta", "property", "og:url", "content"),
        };
        return candidates
            .Select(address => address?.Trim())
            .FirstOrDefault(address => Uri.TryCreate(address, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
    }

    /// <summary>The <paramref name="wanted"/> attribute of the first <paramref name="tag"/> whose <paramref name="key"/> attribute is <paramref name="value"/>, ignoring case.</summary>
    private static string? FindAttribute(IDocument document, string tag, string key, string value, string wanted) =>
        document.GetElementsByTagName(tag)
            .FirstOrDefault(element => string.Equals(element.GetAttribute(key)?.Trim(), value, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute(wanted);

    private static void RemoveFurniture(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var element in body.QuerySelectorAll(FurnitureElements).ToList())
        {
            element.Remove();
        }

        var pageTextLength = VisibleLength(body.TextContent);
        var maybeFurniture = body.QuerySelectorAll("*")
            .Where(element => element.Matches(MaybeFurnitureElements) || HasFurnitureName(element))
            .ToList();
        foreach (var element in maybeFurniture)
        {
            if (element.IsDescendantOf(body) && VisibleLength(element.TextContent) * 2 <= pageTextLength)
            {
                element.Remove();
            }
        }
    }

    private static bool HasFurnitureName(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        return FurnitureNameParts.Any(part => names.Contains(part, StringComparison.Ordinal));
    }

    private static bool IsDescendantOf(this INode node, INode ancestor)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    // Walks the tree without recursion, so deeply nested markup cannot exhaust the stack.
    private static string Lay(IElement root)
    {
        var lines = new TextLines();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                lines.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            var isBlock = BlockElements.Contains(name);
            if (leaving)
            {
                if (isBlock)
                {
                    lines.EndLine();
                }

                continue;
            }

            if (name == "br")
            {
                lines.EndLine();
                continue;
            }

            if (isBlock)
            {
                lines.EndLine();
            }
            else if (name is "td" or "th")
            {
                lines.Space();
            }

            stack.Push((element, true));
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }

        return lines.ToString();
    }

    private static int VisibleLength(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var lines = new TextLines();
        lines.Append(text);
        var cleaned = lines.ToString();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
