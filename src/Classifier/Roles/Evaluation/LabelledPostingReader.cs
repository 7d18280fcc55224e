using System.Text.Json;
using JobTagger.Domain.Errors;
using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>
/// Reads postings with a role label for evaluation: JSONL (one object a line) or CSV with a header, fields id, title,
/// description and label (coo/ceo); or the labels from a separate <c>id&lt;TAB&gt;label</c> file. A malformed record is
/// skipped and reported with file:line; a missing file or a file with no usable posting is a fault.
/// </summary>
public static class LabelledPostingReader
{
    public static LabelledPostingFile Read(string path, string? labelsPath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw JobTaggerException.FileNotFound(path);
        }

        var labels = labelsPath is null ? null : ReadLabels(labelsPath);
        var skipped = new List<string>();
        var postings = new List<LabelledPosting>();
        var records = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? CsvRecords.Read(path)
            : JsonRecords(path);
        foreach (var (line, fields, error) in records)
        {
            var where = $"{path}:{line}";
            if (error is not null || fields is null)
            {
                skipped.Add($"{where}: {error}");
                continue;
            }

            var id = fields.GetValueOrDefault("id") ?? string.Empty;
            var label = labels is null ? fields.GetValueOrDefault("label") : labels.GetValueOrDefault(id);
            var role = ParseRole(label);
            if (role is null)
            {
                skipped.Add($"{where}: {(label is null ? "no label" : $"label '{label}' is not coo or ceo")}{(id.Length > 0 ? $" (id {id})" : string.Empty)}");
                continue;
            }

            postings.Add(new LabelledPosting(id, fields.GetValueOrDefault("title") ?? string.Empty,
                fields.GetValueOrDefault("description") ?? string.Empty, role.Value, where));
        }

        if (postings.Count == 0)
        {
            throw JobTaggerException.InvalidData(path, $"no labelled postings (expected JSONL or CSV with id, title, description and label{(skipped.Count > 0 ? $"; first problem: {skipped[0]}" : string.Empty)})");
        }

        return new LabelledPostingFile(postings, skipped);
    }

    private static Role? ParseRole(string? label) => label?.Trim().ToUpperInvariant() switch
    {
        "COO" => Role.Coo,
        "CEO" => Role.Ceo,
        _ => null,
    };

    private static IEnumerable<(int Line, Dictionary<string, string?>? Fields, string? Error)> JsonRecords(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Dictionary<string, string?>? fields = null;
            string? error = null;
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = "not a JSON object";
                }
                else
                {
                    fields = document.RootElement.EnumerateObject().ToDictionary(
                        p => p.Name.ToLowerInvariant(),
                        p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
                }
            }
            catch (JsonException ex)
            {
                error = $"malformed JSON ({ex.Message.Split('.')[0]})";
            }

            yield return (lineNumber, fields, error);
        }
    }

    private static Dictionary<string, string> ReadLabels(string path)
    {
        if (!File.Exists(path))
        {
            throw JobTaggerException.FileNotFound(path);
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var parts = line.Split('\t');
            if (string.IsNullOrWhiteSpace(line) || (lineNumber == 1 && parts[0].Trim() == "id"))
            {
                continue;
            }

            if (parts.Length < 2)
            {
                throw JobTaggerException.InvalidData($"{path}:{lineNumber}", "expected 'id<TAB>label'");
            }

            labels[parts[0].Trim()] = parts[1].Trim();
        }

        return labels;
    }
}
