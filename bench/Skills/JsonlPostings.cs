using System.Text.Json;

namespace JobTagger.Bench.Skills;

/// <summary>Reads title and description from each line of a JSONL file; lines without them are skipped.</summary>
internal static class JsonlPostings
{
    public static List<(string Title, string Description)> Read(string path)
    {
        var postings = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("title", out var title) && root.TryGetProperty("description", out var description)
                && title.ValueKind == JsonValueKind.String && description.ValueKind == JsonValueKind.String)
            {
                postings.Add((title.GetString()!, description.GetString()!));
            }
        }

        return postings;
    }
}
