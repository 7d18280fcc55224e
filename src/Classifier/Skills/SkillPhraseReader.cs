using System.Text.Json;

namespace JobTagger.Classifier.Skills;

/// <summary>Reads one phrase: a plain string, or an object with <c>text</c> and context rules.</summary>
internal static class SkillPhraseReader
{
    public static SkillPhrase? Read(JsonElement phrase, string at, List<string> problems)
    {
        if (phrase.ValueKind == JsonValueKind.String)
        {
            return CheckText(phrase.GetString()!, at, problems) ? new SkillPhrase(phrase.GetString()!.Trim()) : null;
        }

        if (phrase.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: expected a string or an object with \"text\"");
            return null;
        }

        var before = problems.Count;
        SkillTaxonomyReader.CheckKeys(phrase, SkillTaxonomyReader.PhraseKeySet, at, problems);
        var text = SkillTaxonomyReader.ReadString(phrase, "text", at, problems, required: true);
        if (text is not null)
        {
            CheckText(text, at + ".text", problems);
        }

        var caseSensitive = false;
        if (phrase.TryGetProperty("case_sensitive", out var cs))
        {
            if (cs.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add($"{at}.case_sensitive: expected true or false");
            }

            caseSensitive = cs.ValueKind == JsonValueKind.True;
        }

        var window = SkillPhrase.DefaultNearbyWindow;
        if (phrase.TryGetProperty("nearby_window", out var w) && (!w.TryGetInt32(out window) || window is < 1 or > 50))
        {
            problems.Add($"{at}.nearby_window: expected a whole number from 1 to 50");
        }

        var result = new SkillPhrase(text ?? string.Empty)
        {
            CaseSensitive = caseSensitive,
            NearbyWindow = window,
            RequiresAnyNearby = ReadWords(phrase, "requires_any_nearby", at, problems),
            ExcludesPrevious = ReadWords(phrase, "excludes_previous", at, problems),
            ExcludesNext = ReadWords(phrase, "excludes_next", at, problems),
        };
        return problems.Count == before ? result : null;
    }

    private static string[] ReadWords(JsonElement phrase, string key, string at, List<string> problems)
    {
        if (!phrase.TryGetProperty(key, out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{at}.{key}: expected an array of single words");
            return [];
        }

        var words = new List<string>();
        var i = 0;
        foreach (var word in list.EnumerateArray())
        {
            var text = word.ValueKind == JsonValueKind.String ? word.GetString()! : string.Empty;
            if (PhraseTokens.Split(text).Count != 1)
            {
                problems.Add($"{at}.{key}[{i}]: expected a single word, got '{text}'");
            }
            else
            {
                words.Add(text);
            }

            i++;
        }

        return [.. words];
    }

    private static bool CheckText(string text, string at, List<string> problems)
    {
        var tokens = PhraseTokens.Split(text);
        string? problem = tokens.Count == 0 ? "has no words"
            : tokens.Any(t => t.AfterBreak) ? $"'{text}' holds punctuation that ends a phrase (comma, full stop, colon, newline ...)"
            : tokens.Any(t => t.Raw.Length > SkillTokenizer.MaxTokenLength) ? $"'{text}' has a word longer than {SkillTokenizer.MaxTokenLength} characters"
            : null;
        if (problem is not null)
        {
            problems.Add($"{at}: {problem}");
        }

        return problem is null;
    }
}
