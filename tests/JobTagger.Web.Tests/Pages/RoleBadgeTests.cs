using JobTagger.Domain.Postings;
using JobTagger.Web.Pages;

namespace JobTagger.Web.Tests.Pages;

public sealed class RoleBadgeTests
{
    [Theory]
    // The badge shows the probability of its own label: COO-like at CEO probability 0.12 is 88%.
    [InlineData(Role.Coo, 0.12, "COO-like 88%")]
    [InlineData(Role.Ceo, 0.875, "CEO-like 88%")]
    // Near-certain labels never read 100% or 0%.
    [InlineData(Role.Coo, 0.000002, "COO-like &gt;99%")]
    [InlineData(Role.Ceo, 0.999, "CEO-like &gt;99%")]
    [InlineData(Role.Ceo, 0.004, "CEO-like &lt;1%")]
    public void Write_Label_ShowsItsOwnProbability(Role role, double ceoProbability, string expected)
    {
        var html = new HtmlBuilder();

        RoleBadge.Write(html, role, ceoProbability);

        var text = System.Text.RegularExpressions.Regex.Replace(html.ToString(), "<[^>]+>", string.Empty);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Write_NoLabel_SaysNotClassified()
    {
        var html = new HtmlBuilder();

        RoleBadge.Write(html, null, null);

        Assert.Contains("Not classified", html.ToString(), StringComparison.Ordinal);
    }
}
