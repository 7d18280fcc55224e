using JobTagger.Web.Assets;

namespace JobTagger.Web.Pages;

/// <summary>The page shell: one stylesheet and one deferred script, both served by the app (no CDN, works offline).</summary>
internal static class PageLayout
{
    public static void Open(HtmlBuilder html, string title)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text(title).Raw(" - JobTagger</title>\n")
            .Raw("<link rel=\"icon\" href=\"").Raw(EmbeddedAssets.IconPath).Raw("\" type=\"image/svg+xml\">\n")
            .Raw("<link rel=\"stylesheet\" href=\"").Raw(EmbeddedAssets.StylesheetPath).Raw("\">\n")
            .Raw("<script src=\"").Raw(EmbeddedAssets.ScriptPath).Raw("\" defer></script>\n")
            .Raw("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Raw("<header class=\"site\"><a class=\"brand\" href=\"/\">JobTagger</a>")
            .Raw("<span class=\"tagline\">Find your dream job in operations or strategy leadership</span></header>\n")
            .Raw("<main id=\"main\" tabindex=\"-1\">\n");
    }

    public static void Close(HtmlBuilder html)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Raw("</main>\n<footer class=\"site\"><p>Roles are labelled by a model: COO-like means operations ")
            .Raw("leadership, CEO-like means strategy leadership. Check the original posting before you apply.</p></footer>\n")
            .Raw("</body>\n</html>\n");
    }
}
