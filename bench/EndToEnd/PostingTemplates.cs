using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobTagger.Bench.EndToEnd;

/// <summary>
/// Postings to replicate: each copy gets its own id, company and location, so every one is a distinct posting to the
/// store (not a duplicate), while the text stays realistic.
/// </summary>
internal sealed class PostingTemplates
{
    private static readonly string[] Cities = ["Austin, TX", "Leeds, UK", "Denver, CO", "Toronto, ON", "Remote", "Chicago, IL", "Manchester, UK", "Seattle, WA"];
    private readonly List<JsonObject> _templates;

    private PostingTemplates(List<JsonObject> templates) => _templates = templates;

    public int Count => _templates.Count;

    public double MeanLength => _templates.Average(t => (t["description"] ?? t["job_description"])?.ToString().Length ?? 0);

    public static PostingTemplates Load(string path)
    {
        var templates = new List<JsonObject>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (JsonNode.Parse(line) is JsonObject posting)
            {
                templates.Add(posting);
            }
        }

        return templates.Count > 0 ? new PostingTemplates(templates) : throw new InvalidOperationException($"{path}: no postings");
    }

    /// <summary>Writes <paramref name="count"/> postings as JSON lines, streaming; returns the bytes written.</summary>
    public long Write(string path, int count)
    {
        using var stream = File.Create(path);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        for (var i = 0; i < count; i++)
        {
            var copy = (JsonObject)_templates[i % _templates.Count].DeepClone();
            var round = i / _templates.Count;
            copy["id"] = $"bench-{i}";
            copy.Remove("job_id");
            var company = (copy["company"] ?? copy["company_name"])?.ToString() ?? "Company";
            copy.Remove("company_name");
            copy["company"] = $"{company} {round}";
            copy.Remove("location");
            copy["location"] = Cities[round % Cities.Length];
            writer.WriteLine(copy.ToJsonString(JsonSerializerOptions.Default));
        }

        writer.Flush();
        return stream.Length;
    }
}
