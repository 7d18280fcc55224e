using System.Text;

namespace JobTagger.Ingest.Tests.Files;

public sealed class JsonLinesPostingSourceTests
{
    [Fact]
    public async Task Read_FileWithMalformedLineAndInvalidUtf8_RejectsThoseLinesAndKeepsGoing()
    {
        using var folder = new TempFolder();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"a1\",\"title\":\"Operations Manager\",\"company\":\"Acme\",\"description\":\"Run ops.\"}\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"title\": \"broken\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"title\":\"Bad "));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"company\":\"No text at all\"}\r\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"job_title\":\"Chief Executive\",\"employer\":\"Beta\",\"body\":\"<p>Lead.</p>\",\"min_salary\":\"17.0\",\"max_salary\":\"20.0\",\"pay_period\":\"HOURLY\",\"currency\":\"usd\",\"city\":\"Austin\",\"state\":\"TX\"}"));
        var path = folder.Write("jobs.jsonl", bytes.ToArray());

        var results = await Ingestion.ReadAllAsync(path);

        Assert.Equal(["jobs.jsonl:1", "jobs.jsonl:2", "jobs.jsonl:3", "jobs.jsonl:5", "jobs.jsonl:6"], results.Select(r => r.Where.ToString()));
        Assert.Equal("jobs.jsonl:a1", results[0].Posting!.Id);
        Assert.Equal("jsonl", results[0].Posting!.ExtractionMethod);
        Assert.StartsWith("malformed JSON", results[1].Reject!.Reason, StringComparison.Ordinal);
        Assert.Equal("invalid UTF-8", results[2].Reject!.Reason);
        Assert.Contains("Bad", results[2].Reject!.Raw, StringComparison.Ordinal);
        Assert.Equal("no title and no description", results[3].Reject!.Reason);
        var aliased = results[4].Posting!;
        Assert.Equal(("Chief Executive", "Beta", "Lead.", "Austin, TX"), (aliased.Title, aliased.Company, aliased.Description, aliased.Location));
        Assert.Equal(new JobTagger.Domain.Postings.SalaryRange(17.0m, 20.0m, "USD", "HOUR"), aliased.Salary);
    }

    [Fact]
    public async Task Read_StandardInput_ReadsJsonLinesNamedStdin()
    {
        using var stdin = new StringReader("{\"title\":\"COO\",\"description\":\"Operations.\"}\nnot json\n");

        var results = await Ingestion.ReadAllAsync("-", stdin);

        Assert.Equal("stdin", results[0].Posting!.Source);
        Assert.Equal("stdin:2", results[1].Where.ToString());
        Assert.NotNull(results[1].Reject);
    }

    [Fact]
    public async Task Read_SameTextTwice_GivesSameContentHashId()
    {
        using var folder = new TempFolder();
        const string Line = "{\"title\":\"Chief Operating Officer\",\"company\":\"Gamma\",\"description\":\"Own delivery.\"}";
        var path = folder.Write("twice.jsonl", Line + "\n" + Line.Replace("Own delivery.", "Own   delivery. ", StringComparison.Ordinal) + "\n");

        var results = await Ingestion.ReadAllAsync(path);

        Assert.StartsWith("h:", results[0].Posting!.Id, StringComparison.Ordinal);
        Assert.Equal(results[0].Posting!.Id, results[1].Posting!.Id);
    }
}
