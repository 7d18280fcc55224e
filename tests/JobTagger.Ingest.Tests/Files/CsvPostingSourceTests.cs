namespace JobTagger.Ingest.Tests.Files;

public sealed class CsvPostingSourceTests
{
    [Fact]
    public async Task Read_CsvWithAliasesAndUnbalancedQuote_RejectsBadRowWithLineAndReadsTheRest()
    {
        using var folder = new TempFolder();
        var path = folder.Write("jobs.csv",
            "Job ID,Job Title,Company Name,Job Location,Job Description,Link,Date Posted\n"
            + "7,Operations Lead,Delta,Oslo,\"Runs the\nwarehouse\",https://delta.example/7,2026-01-05\n"
            + "8,Bad \"quoted title,Delta,Oslo,text,https://delta.example/8,2026-01-05\n"
            + "9,Chief Strategy Officer,Epsilon,Bergen,Sets direction,https://epsilon.example/9,2026-01-06\n");

        var results = await Ingestion.ReadAllAsync(path);

        var first = results.Single(r => r.Posting?.SourceId == "7").Posting!;
        Assert.Equal(("Operations Lead", "Delta", "Oslo", "Runs the\nwarehouse", "csv"), (first.Title, first.Company, first.Location, first.Description, first.ExtractionMethod));
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), first.PostedAt);
        Assert.Equal("jobs.csv:2", results.Single(r => r.Posting?.SourceId == "7").Where.ToString());
        var reject = Assert.Single(results, r => r.Reject is not null).Reject!;
        Assert.Equal("jobs.csv:4", reject.Where.ToString());
        Assert.Contains("quot", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("Bad \"quoted", reject.Raw, StringComparison.Ordinal);
        Assert.Contains(results, r => r.Posting?.Title == "Chief Strategy Officer" && r.Where.Line == 5);
    }
}
