namespace JobTagger.Web.Pages;

/// <summary>The page for an unknown posting or path.</summary>
internal static class NotFoundPage
{
    public static string Render(string message)
    {
        var html = new HtmlBuilder();
        PageLayout.Open(html, "Not found");
        html.Raw("<h1>Not found</h1>\n<p>").Text(message).Raw("</p>\n<p><a href=\"/\">Search all jobs</a></p>\n");
        PageLayout.Close(html);
        return html.ToString();
    }
}
