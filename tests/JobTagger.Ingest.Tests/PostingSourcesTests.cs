using JobTagger.Domain.Errors;

namespace JobTagger.Ingest.Tests;

public sealed class PostingSourcesTests
{
    [Fact]
    public async Task Open_Folder_ReadsSupportedFilesRecursivelyInOrder()
    {
        var sources = PostingSources.Open(Ingestion.Fixture("files"), TextReader.Null).ToList();

        Assert.Equal(["array.json", "deep.csv", "top.jsonl"], sources.Select(s => s.Name));
        var results = await Ingestion.ReadAllAsync(Ingestion.Fixture("files"));
        Assert.All(results, r => Assert.NotNull(r.Posting));
        Assert.Equal(4, results.Count);
    }

    [Fact]
    public async Task Open_JsonArrayWithFlatAndSchemaOrgItems_StreamsBothAndKeepsJobTaggerIdentity()
    {
        var results = await Ingestion.ReadAllAsync(Ingestion.Fixture("files", "nested", "array.json"));

        var flat = results[0].Posting!;
        Assert.Equal(("Operations Coordinator", "Zeta", "json", "array.json[0]"), (flat.Title, flat.Company, flat.ExtractionMethod, results[0].Where.ToString()));
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), flat.PostedAt);
        var exported = results[1].Posting!;
        Assert.Equal(("jobs.jsonl:li-42", "jobs.jsonl", "json-ld", "Lead Zeta."), (exported.Id, exported.Source, exported.ExtractionMethod, exported.Description));
    }

    [Fact]
    public void Open_MissingPath_ThrowsFileNotFound()
    {
        var e = Assert.Throws<JobTaggerException>(() => PostingSources.Open("/no/such/jobs.jsonl", TextReader.Null));
        Assert.Contains("no such file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownExtension_ThrowsUnsupportedFormat()
    {
        var e = Assert.Throws<JobTaggerException>(() => PostingSources.Open(Ingestion.Fixture("files", "nested", "notes.txt"), TextReader.Null));
        Assert.Contains("unknown input format", e.Message, StringComparison.Ordinal);
    }
}
