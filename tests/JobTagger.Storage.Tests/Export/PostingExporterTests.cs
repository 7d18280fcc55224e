using System.Text.Json;
using JobTagger.Domain.Errors;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Export;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Export;

public sealed class PostingExporterTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private SqliteJobStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _db.OpenAsync();
        await _store.StoreBatchAsync(
        [
            Postings.Tagged("a:1", url: "https://jobs.example.com/1", sourceId: "1"),
            // Text that needs CSV quoting: a comma, a quote and a line break.
            Postings.Tagged("b:2", title: "CEO, \"Founding\" Team", company: "Northwind", location: "Berlin, Berlin, Germany",
                description: "Line one,\r\nline \"two\".", role: Role.Ceo, ceoProbability: 0.875, isRemote: true,
                skills: Postings.Fundraising),
        ], []);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Jsonl_OneObjectPerPostingWithLabelsSkillsAndSources()
    {
        var text = await ExportAsync(ExportFormat.Jsonl);

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("a:1", root.GetProperty("id").GetString());
        Assert.Equal("coo", root.GetProperty("role").GetString());
        Assert.Equal(0.12, root.GetProperty("ceo_probability").GetDouble());
        Assert.Equal("roles-2026.03", root.GetProperty("model_version").GetString());
        Assert.Equal(180000m, root.GetProperty("salary").GetProperty("min").GetDecimal());
        var skill = root.GetProperty("skills")[1];
        Assert.Equal(("supply-chain", "Supply Chain Management", "operations"),
            (skill.GetProperty("id").GetString(), skill.GetProperty("name").GetString(), skill.GetProperty("category").GetString()));
        var evidence = skill.GetProperty("evidence")[0];
        Assert.Equal(("supply chain", "description", 156, 12), (evidence.GetProperty("text").GetString(),
            evidence.GetProperty("field").GetString(), evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()));
        Assert.Equal("https://jobs.example.com/1", root.GetProperty("sources")[0].GetProperty("url").GetString());
        Assert.Equal(-1.25, root.GetProperty("explanation")[0].GetProperty("weight").GetDouble());
        Assert.Equal("2026-02-27T09:00:00+00:00", root.GetProperty("posted_at").GetString());
    }

    [Fact]
    public async Task Csv_Rfc4180QuotingAndStableColumns()
    {
        var text = await ExportAsync(ExportFormat.Csv);

        Assert.StartsWith(string.Join(',', CsvPostingExporter.Columns) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"CEO, \"\"Founding\"\" Team\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Line one,\r\nline \"\"two\"\".\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",Budgeting; Supply Chain Management,budgeting; supply-chain,", text, StringComparison.Ordinal);
        Assert.Contains(",ceo,0.875,roles-2026.03,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLd_SchemaOrgJobPostingsWithJobTaggerIdentifier()
    {
        var text = await ExportAsync(ExportFormat.JsonLd);

        using var document = JsonDocument.Parse(text);
        var second = document.RootElement[1];
        Assert.Equal("JobPosting", second.GetProperty("@type").GetString());
        var identifier = second.GetProperty("identifier");
        Assert.Equal(("jobtagger", "b:2"), (identifier.GetProperty("propertyID").GetString(), identifier.GetProperty("value").GetString()));
        Assert.Equal("TELECOMMUTE", second.GetProperty("jobLocationType").GetString());
        var address = second.GetProperty("jobLocation").GetProperty("address");
        Assert.Equal(("Berlin", "Berlin", "Germany"), (address.GetProperty("addressLocality").GetString(),
            address.GetProperty("addressRegion").GetString(), address.GetProperty("addressCountry").GetString()));
        Assert.Equal("Northwind", second.GetProperty("hiringOrganization").GetProperty("name").GetString());
        Assert.Equal(240000.50m, second.GetProperty("baseSalary").GetProperty("value").GetProperty("maxValue").GetDecimal());
        Assert.Equal(["Fundraising"], second.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        var properties = second.GetProperty("additionalProperty").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal("ceo", properties["jobtagger:role"]);
        Assert.Equal("0.875", properties["jobtagger:ceo_probability"]);
        Assert.Equal("roles-2026.03", properties["jobtagger:model_version"]);
        Assert.Equal("feed-a", properties["jobtagger:source"]);
    }

    [Fact]
    public async Task Export_FilteredAndEmpty_StillValidOutput()
    {
        var ceoOnly = await ExportAsync(ExportFormat.Jsonl, new PostingFilter { Role = Role.Ceo });
        var nothing = await ExportAsync(ExportFormat.JsonLd, new PostingFilter { Where = "Tokyo" });
        var berlin = await ExportAsync(ExportFormat.Jsonl, new PostingFilter { Where = "germany", RemoteOnly = true });

        Assert.Single(ceoOnly.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, JsonDocument.Parse(nothing).RootElement.GetArrayLength());
        Assert.Contains("\"id\":\"b:2\"", berlin, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JSONL", ExportFormat.Jsonl)]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("json-ld", ExportFormat.JsonLd)]
    public void ParseFormat_KnownNames(string name, ExportFormat expected)
    {
        Assert.Equal(expected, PostingExporter.ParseFormat(name));
    }

    [Fact]
    public void ParseFormat_Unknown_ThrowsWithSupportedList()
    {
        var ex = Assert.Throws<JobTaggerException>(() => PostingExporter.ParseFormat("xml"));

        Assert.Contains("jsonl, csv, jsonld", ex.Message, StringComparison.Ordinal);
    }

    private async Task<string> ExportAsync(ExportFormat format, PostingFilter? filter = null)
    {
        await using var writer = new StringWriter();
        await PostingExporter.For(format).WriteAsync(_store.ReadPostingsAsync(filter), writer);
        return writer.ToString();
    }
}
