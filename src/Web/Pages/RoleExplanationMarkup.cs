using System.Globalization;
using JobTagger.Domain.Postings;

namespace JobTagger.Web.Pages;

/// <summary>Why the model chose the role label: the passages that pushed towards strategy or operations, with weights.</summary>
internal static class RoleExplanationMarkup
{
    public static void Write(HtmlBuilder html, RoleClassification? role)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Raw("<section aria-labelledby=\"why-heading\">\n<h2 id=\"why-heading\">Why this label</h2>\n");
        if (role is null)
        {
            html.Raw("<p>This posting has not been classified yet.</p>\n</section>\n");
            return;
        }

        html.Raw("<p>Probability of strategy leadership (CEO-like): <strong>")
            .Text(role.CeoProbability.ToString("0.00", CultureInfo.InvariantCulture))
            .Raw("</strong>; of operations leadership (COO-like): <strong>")
            .Text((1 - role.CeoProbability).ToString("0.00", CultureInfo.InvariantCulture))
            .Raw("</strong>. Model <code>").Text(role.ModelVersion).Raw("</code>.</p>\n");
        if (role.Evidence.Count == 0)
        {
            html.Raw("<p>The model gave no passages for this decision.</p>\n</section>\n");
            return;
        }

        html.Raw("<ol class=\"evidence\">");
        foreach (var evidence in role.Evidence)
        {
            var towardsStrategy = evidence.Weight > 0;
            html.Raw(towardsStrategy ? "<li class=\"towards-ceo\">" : "<li class=\"towards-coo\">")
                .Raw("<span class=\"weight\">")
                .Text(evidence.Weight.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture))
                .Raw("</span> <span class=\"direction\">")
                .Text(towardsStrategy ? "towards strategy (CEO-like)" : "towards operations (COO-like)")
                .Raw("</span> <q>").Text(evidence.Text).Raw("</q>")
                .Raw(evidence.Field == PostingField.Title ? " <span class=\"field\">(title)</span>" : string.Empty)
                .Raw("</li>");
        }

        html.Raw("</ol>\n</section>\n");
    }
}
