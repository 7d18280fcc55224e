using JobTagger.Storage.Dedupe;

namespace JobTagger.Storage.Tests.Dedupe;

public sealed class CanonicalUrlTests
{
    public static TheoryData<string?, string?> Cases => new()
    {
        // Case of the host, fragment and tracking parameters do not matter.
        { "https://Jobs.Example.com/Coo?utm_source=x&utm_campaign=y#top", "jobs.example.com/Coo" },
        // Other parameters stay, sorted.
        { "https://jobs.example.com/view?z=1&id=42&fbclid=q", "jobs.example.com/view?id=42&z=1" },
        // http/https, www. and a trailing slash are the same page.
        { "http://www.example.com/jobs/7/", "example.com/jobs/7" },
        // A non-default port is kept.
        { "https://example.com:8443/jobs/7", "example.com:8443/jobs/7" },
        // Not a web URL: nothing to compare.
        { "mailto:jobs@example.com", null },
        { "not a url", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void For_Url_GivesCanonicalForm(string? url, string? expected)
    {
        Assert.Equal(expected, CanonicalUrl.For(url));
    }

    [Fact]
    public void Similarity_OneWordChanged_AboveThreshold_OtherText_Below()
    {
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"word{i % 97}x{i}"));
        var changed = text.Replace("word5x5 ", "changed ", StringComparison.Ordinal);

        var same = MinHashSignature.Similarity(MinHashSignature.Compute(text), MinHashSignature.Compute(changed));
        var other = MinHashSignature.Similarity(MinHashSignature.Compute(text), MinHashSignature.Compute("entirely different words here"));

        Assert.InRange(same, 0.9, 1.0);
        Assert.InRange(other, 0.0, 0.2);
    }
}
