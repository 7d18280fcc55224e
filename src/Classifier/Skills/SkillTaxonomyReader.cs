using System.Text.Json;
using System.Text.RegularExpressions;
using JobTagger.Domain.Errors;

namespace JobTagger.Classifier.Skills;

/// <summary>
/// Reads a taxonomy file (the bundled one or a user's) and checks all of it before failing, so the user sees every
/// problem in one message, each with its JSON path ("skills[3].phrases[1].text: empty").
/// </summary>
internal static partial class SkillTaxonomyReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private static readonly HashSet<string> SkillKeys = ["id", "name", "category", "phrases", "disabled", "comment"];
    private static readonly HashSet<string> PhraseKeys = ["text", "case_sensitive", "requires_any_nearby", "nearby_window", "excludes_previous", "excludes_next", "comment"];

    public static IReadOnlyList<SkillTaxonomyEntry> Read(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw JobTaggerException.InvalidSkillTaxonomy(path, [$"not JSON (line {e.LineNumber + 1}: {e.Message})"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var entries = new List<SkillTaxonomyEntry>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("skills", out var skills) || skills.ValueKind != JsonValueKind.Array)
            {
                throw JobTaggerException.InvalidSkillTaxonomy(path, ["expected an object with a \"skills\" array"]);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var skill in skills.EnumerateArray())
            {
                var entry = ReadSkill(skill, $"skills[{index++}]", problems);
                if (entry is not null && !seen.Add(entry.Id))
                {
                    problems.Add($"skills[{index - 1}].id: '{entry.Id}' appears more than once");
                }
                else if (entry is not null)
                {
                    entries.Add(entry);
                }
            }

            return problems.Count > 0 ? throw JobTaggerException.InvalidSkillTaxonomy(path, problems) : entries;
        }
    }

    private static SkillTaxonomyEntry? ReadSkill(JsonElement skill, string at, List<string> problems)
    {
        if (skill.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: expected an object");
            return null;
        }

        var before = problems.Count;
        CheckKeys(skill, SkillKeys, at, problems);
        var id = ReadString(skill, "id", at, problems, required: true);
        if (id is not null && !SlugPattern().IsMatch(id))
        {
            problems.Add($"{at}.id: '{id}' is not a slug (lower-case letters, digits and single hyphens)");
        }

        var disabled = skill.TryGetProperty("disabled", out var d) && d.ValueKind == JsonValueKind.True;
        if (disabled)
        {
            return problems.Count == before && id is not null ? new SkillTaxonomyEntry(id, null) : null;
        }

        var name = ReadString(skill, "name", at, problems, required: true);
        var category = ReadString(skill, "category", at, problems, required: true);
        var phrases = new List<SkillPhrase>();
        if (!skill.TryGetProperty("phrases", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            problems.Add($"{at}.phrases: expected a non-empty array");
        }
        else
        {
            var i = 0;
            foreach (var phrase in list.EnumerateArray())
            {
                var p = SkillPhraseReader.Read(phrase, $"{at}.phrases[{i++}]", problems);
                if (p is not null)
                {
                    phrases.Add(p);
                }
            }
        }

        return problems.Count == before ? new SkillTaxonomyEntry(id!, new SkillDefinition(id!, name!, category!, phrases)) : null;
    }

    internal static void CheckKeys(JsonElement element, HashSet<string> allowed, string at, List<string> problems)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                problems.Add($"{at}.{property.Name}: unknown property (expected one of {string.Join(", ", allowed)})");
            }
        }
    }

    internal static string? ReadString(JsonElement element, string key, string at, List<string> problems, bool required)
    {
        if (!element.TryGetProperty(key, out var value))
        {
            if (required)
            {
                problems.Add($"{at}.{key}: missing");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"{at}.{key}: expected a non-empty string");
            return null;
        }

        return value.GetString()!.Trim();
    }

    internal static HashSet<string> PhraseKeySet => PhraseKeys;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
