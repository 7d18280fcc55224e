using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Html;

namespace JobTagger.Ingest.Tests.Html;

/// <summary>
/// Runs every page in Fixtures/html through the extractor and checks it against the *.expected.json beside it.
/// Only the properties the expected file names are checked, so each fixture states what it is about.
/// </summary>
public sealed class JobPageFixtureTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "html");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in Directory.EnumerateFiles(FixtureFolder, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(page));
        }

        return data;
    }

    [Fact]
    public void Fixtures_AreThere()
    {
        Assert.True(Pages().Count >= 5);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extract_FixturePage_MatchesExpectedJson(string page)
    {
        var html = File.ReadAllText(Path.Combine(FixtureFolder, page));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureFolder, Path.ChangeExtension(page, ".expected.json"))));
        var result = new JobPageExtractor().Extract(html, null, new SourceLocation(page));

        var e = expected.RootElement;
        if (e.TryGetProperty("rejected", out var rejected))
        {
            Assert.Null(result.Posting);
            Assert.Contains(rejected.GetString()!, result.Reject!.Reason, StringComparison.Ordinal);
            return;
        }

        var posting = result.Posting ?? throw new Xunit.Sdk.XunitException($"rejected: {result.Reject?.Reason}");
        foreach (var property in e.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "method": Assert.Equal(value.GetString(), posting.ExtractionMethod); break;
                case "title": Assert.Equal(value.GetString(), posting.Title); break;
                case "company": Assert.Equal(value.GetString(), posting.Company); break;
                case "location": Assert.Equal(value.GetString(), posting.Location); break;
                case "isRemote": Assert.Equal(value.GetBoolean(), posting.IsRemote); break;
                case "sourceId": Assert.Equal(value.GetString(), posting.SourceId); break;
                case "employmentType": Assert.Equal(value.GetString(), posting.EmploymentType); break;
                case "postedAt": Assert.Equal(value.GetString(), posting.PostedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
                case "description": Assert.Equal(value.GetString(), posting.Description); break;
                case "descriptionStartsWith": Assert.StartsWith(value.GetString()!, posting.Description, StringComparison.Ordinal); break;
                case "descriptionContains":
                    foreach (var part in value.EnumerateArray())
                    {
                        Assert.Contains(part.GetString()!, posting.Description, StringComparison.Ordinal);
                    }

                    break;
                case "descriptionLacks":
                    foreach (var part in value.EnumerateArray())
                    {
                        Assert.DoesNotContain(part.GetString()!, posting.Description, StringComparison.Ordinal);
                    }

                    break;
                case "skills": Assert.Equal(value.EnumerateArray().Select(s => s.GetString()!), posting.SourceSkills); break;
                case "salary":
                    Assert.NotNull(posting.Salary);
                    Assert.Equal(value.GetProperty("min").GetDecimal(), posting.Salary.Min);
                    Assert.Equal(value.GetProperty("max").GetDecimal(), posting.Salary.Max);
                    Assert.Equal(value.GetProperty("currency").GetString(), posting.Salary.Currency);
                    Assert.Equal(value.GetProperty("unit").GetString(), posting.Salary.Unit);
                    break;
                default: throw new Xunit.Sdk.XunitException($"unknown expectation '{property.Name}' in {page}");
            }
        }
    }
}
