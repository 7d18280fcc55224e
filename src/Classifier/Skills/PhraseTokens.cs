namespace JobTagger.Classifier.Skills;

/// <summary>
/// Turns a taxonomy phrase into the token sequences the matcher looks for. One phrase may give several: "&amp;" and
/// "and" stand for each other ("P&amp;L" / "P and L", "mergers and acquisitions" / "M&amp;A"-style "mergers &amp;
/// acquisitions"), and a hyphenated phrase also matches written as one word ("cross-functional" / "crossfunctional");
/// hyphens and spaces are already alike because both split tokens.
/// </summary>
internal static class PhraseTokens
{
    internal readonly record struct Token(string Raw, string Normalized, bool AfterBreak, bool AfterHyphen);

    internal sealed record Variant(string[] Normalized, string[] Raw);

    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (SkillTokenizer.Next(text, ref position, out var start, out var length, out var afterBreak, out var afterHyphen))
        {
            var raw = text.Substring(start, length);
            tokens.Add(new Token(raw, SkillTokenizer.Normalize(raw), afterBreak, afterHyphen));
        }

        return tokens;
    }

    public static IReadOnlyList<Variant> Variants(string text)
    {
        var tokens = Split(text);
        var variants = new List<Variant> { new([.. tokens.Select(t => t.Normalized)], [.. tokens.Select(t => t.Raw)]) };
        if (tokens.Skip(1).Any(t => t.AfterHyphen))
        {
            variants.Add(Joined(tokens));
        }

        // Each "and"/"&" doubles the variants; phrases hold one or two, so this stays small.
        for (var i = 0; i < tokens.Count; i++)
        {
            var other = tokens[i].Normalized switch { "and" => "&", "&" => "and", _ => null };
            if (other is null)
            {
                continue;
            }

            var count = variants.Count;
            for (var v = 0; v < count; v++)
            {
                var source = variants[v];
                var at = Array.IndexOf(source.Normalized, tokens[i].Normalized);
                if (at < 0)
                {
                    continue;
                }

                string[] normalized = [.. source.Normalized];
                string[] raw = [.. source.Raw];
                normalized[at] = other;
                raw[at] = other;
                variants.Add(new Variant(normalized, raw));
            }
        }

        return variants;
    }

    private static Variant Joined(List<Token> tokens)
    {
        var raw = new List<string>();
        foreach (var token in tokens)
        {
            if (token.AfterHyphen && raw.Count > 0)
            {
                raw[^1] += token.Raw;
            }
            else
            {
                raw.Add(token.Raw);
            }
        }

        return new Variant([.. raw.Select(r => SkillTokenizer.Normalize(r))], [.. raw]);
    }
}
