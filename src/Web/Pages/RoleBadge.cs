using System.Globalization;
using JobTagger.Domain.Postings;

namespace JobTagger.Web.Pages;

/// <summary>The role badge: "COO-like 82%", the probability of the label shown (not always the CEO probability).</summary>
internal static class RoleBadge
{
    public static void Write(HtmlBuilder html, Role? role, double? ceoProbability)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (role is null)
        {
            html.Raw("<span class=\"badge badge-none\">Not classified</span>");
            return;
        }

        var (css, label, description) = role == Role.Ceo
            ? ("badge-ceo", "CEO-like", "strategy leadership")
            : ("badge-coo", "COO-like", "operations leadership");
        html.Raw("<span class=\"badge ").Raw(css).Raw("\" title=\"").Text(description).Raw("\">").Text(label);
        if (ceoProbability is { } p)
        {
            var shown = role == Role.Ceo ? p : 1 - p;
            html.Raw(" <span class=\"probability\">")
                .Text(shown.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal))
                .Raw("</span>");
        }

        html.Raw("</span>");
    }
}
