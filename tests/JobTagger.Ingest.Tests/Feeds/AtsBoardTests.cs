using JobTagger.Domain.Postings;

namespace JobTagger.Ingest.Tests.Feeds;

public sealed class AtsBoardTests
{
    [Fact]
    public async Task Read_GreenhouseBoard_UnescapesContentAndKeepsGreenhouseId()
    {
        var posting = Assert.Single(await Ingestion.ReadAllAsync(Ingestion.Fixture("feeds", "greenhouse-board.json"))).Posting!;

        Assert.Equal(("greenhouse:4001", "greenhouse", "Director of Operations", "Northwind Health"), (posting.Id, posting.ExtractionMethod, posting.Title, posting.Company));
        Assert.Equal("Lead & scale our operations.\n\n• Own KPIs", posting.Description);
        Assert.True(posting.IsRemote);
        Assert.Equal("Operations", posting.OccupationalCategory);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.FromHours(-4)), posting.PostedAt);
    }

    [Fact]
    public async Task Read_LeverPostings_JoinsDescriptionListsAndSalary()
    {
        var posting = Assert.Single(await Ingestion.ReadAllAsync(Ingestion.Fixture("feeds", "lever-postings.json"))).Posting!;

        Assert.Equal(("lever", "Business Operations Associate", "orbitlabs", "Denver, CO", "Full-time"),
            (posting.ExtractionMethod, posting.Title, posting.Company, posting.Location, posting.EmploymentType));
        Assert.Equal("About the role\nYou keep the business running.\n\nWhat you'll do\n\n• Build reports\n• Improve processes\n\nWe offer great benefits.", posting.Description);
        Assert.Equal(new SalaryRange(90000, 110000, "USD", "YEAR"), posting.Salary);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), posting.PostedAt);
    }

    [Fact]
    public async Task Read_AshbyBoard_ReadsLocationsRemoteAndCompensation()
    {
        var posting = Assert.Single(await Ingestion.ReadAllAsync(Ingestion.Fixture("feeds", "ashby-board.json"))).Posting!;

        Assert.Equal(("ashby", "Chief of Staff", "lumen", "New York; Remote - US"), (posting.ExtractionMethod, posting.Title, posting.Company, posting.Location));
        Assert.True(posting.IsRemote);
        Assert.Equal("Who we are\n\nLumen builds tools.", posting.Description);
        Assert.Equal(new SalaryRange(180000, 220000, "USD", "YEAR"), posting.Salary);
    }
}
