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
            html.Raw(" <span class=\"probability\">").Text(Percent(role == Role.Ceo ? p : 1 - p)).Raw("</span>");
        }

        html.Raw("</span>");
    }

    /// <summary>A whole percent; a model is never 100% or 0% sure, so the ends read "&gt;99%" and "&lt;1%".</summary>
    public static string Percent(double probability) => Math.Round(probability * 100, MidpointRounding.AwayFromZero) switch
    {
        >= 100 => ">99%",
        <= 0 => "<1%",
        var whole => whole.ToString("0", CultureInfo.InvariantCulture) + "%",
    };
}
