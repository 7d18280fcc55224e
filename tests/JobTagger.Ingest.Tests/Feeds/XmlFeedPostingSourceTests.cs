namespace JobTagger.Ingest.Tests.Feeds;

public sealed class XmlFeedPostingSourceTests
{
    [Fact]
    public async Task Read_JobFeedWithCdata_ReadsJobsAndRejectsTheEmptyOneWithItsLine()
    {
        var results = await Ingestion.ReadAllAsync(Ingestion.Fixture("feeds", "jobs.xml"));

        Assert.Equal(3, results.Count);
        var first = results[0].Posting!;
        Assert.Equal(("jobs.xml:XF-1", "Warehouse Operations Manager", "Kestrel Freight", "Rotterdam, NL", "xml-feed"),
            (first.Id, first.Title, first.Company, first.Location, first.ExtractionMethod));
        Assert.Equal("Run a busy warehouse.\n\n• Shift planning", first.Description);
        Assert.Equal(new JobTagger.Domain.Postings.SalaryRange(50000, 60000, null, "YEAR"), first.Salary);
        Assert.Equal("jobs.xml:17", results[1].Where.ToString());
        Assert.Equal("no title and no description", results[1].Reject!.Reason);
        Assert.Equal("Chief Executive", results[2].Posting!.Title);
    }

    [Fact]
    public async Task Read_RssFeed_ReadsItemsWithExtensionElements()
    {
        var posting = Assert.Single(await Ingestion.ReadAllAsync(Ingestion.Fixture("feeds", "postings.rss"))).Posting!;

        Assert.Equal(("rss", "Head of Strategy", "Fjord Energy", "Stavanger, Norway", "Shape our long-term plan."),
            (posting.ExtractionMethod, posting.Title, posting.Company, posting.Location, posting.Description));
        Assert.Equal("https://jobs.example/p/55", posting.Url);
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 8, 0, 0, TimeSpan.Zero), posting.PostedAt);
    }

    [Fact]
    public async Task Read_AtomFeed_ReadsEntries()
    {
        var posting = Assert.Single(await Ingestion.ReadAllAsync(Ingestion.Fixture("feeds", "postings.atom"))).Posting!;

        Assert.Equal(("atom", "Operations Analyst", "Marlow Insurance", "Analyse and improve operations.", "postings.atom:urn:example:job:77"),
            (posting.ExtractionMethod, posting.Title, posting.Company, posting.Description, posting.Id));
    }

    [Fact]
    public async Task Read_FeedWithExternalEntity_IsRefusedAsAReject()
    {
        var result = Assert.Single(await Ingestion.ReadAllAsync(Ingestion.Fixture("feeds", "dtd-attack.xml")));

        Assert.Null(result.Posting);
        Assert.StartsWith("refused", result.Reject!.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Reject.Raw, StringComparison.Ordinal);
    }
}
