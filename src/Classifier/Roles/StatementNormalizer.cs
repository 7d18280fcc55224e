using System.Collections.Frozen;
using System.Text;

namespace JobTagger.Classifier.Roles;

/// <summary>
/// Turns a statement into the space-separated lower-case tokens the featurizer sees. Training (through ML.NET) and the
/// compiled scorer both go through these rules, so a token means the same thing on both sides.
/// </summary>
internal static class StatementNormalizer
{
    /// <summary>British spellings and symbols mapped to one form, so "organisation" and "organization" share weights.</summary>
    public static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["&"] = "and", ["organisation"] = "organization", ["organisations"] = "organizations",
        ["organisational"] = "organizational", ["organise"] = "organize", ["organising"] = "organizing",
        ["programme"] = "program", ["programmes"] = "programs", ["centre"] = "center", ["centres"] = "centers",
        ["labour"] = "labor", ["optimise"] = "optimize", ["optimising"] = "optimizing", ["optimisation"] = "optimization",
        ["standardise"] = "standardize", ["standardising"] = "standardizing", ["prioritise"] = "prioritize",
        ["prioritising"] = "prioritizing", ["fulfilment"] = "fulfillment", ["fulfil"] = "fulfill", ["colour"] = "color",
        ["licence"] = "license", ["licences"] = "licenses", ["analyse"] = "analyze", ["analysing"] = "analyzing",
        ["favour"] = "favor", ["behaviour"] = "behavior", ["recognised"] = "recognized", ["utilise"] = "utilize",
        ["realise"] = "realize", ["mobilise"] = "mobilize", ["catalyse"] = "catalyze", ["judgement"] = "judgment",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Letters and digits are kept (lower-cased) and '&amp;' too; apostrophes are dropped; anything else separates tokens.</summary>
    public static CharKind Classify(char c)
    {
        if (char.IsLetterOrDigit(c) || c == '&')
        {
            return CharKind.Token;
        }

        return c is '\'' or '\u2019' ? CharKind.Skip : CharKind.Separator;
    }

    /// <summary>The normalized form of <paramref name="text"/>: tokens joined by single spaces, aliases applied.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        var token = new StringBuilder();
        foreach (var c in text)
        {
            switch (Classify(c))
            {
                case CharKind.Token:
                    token.Append(char.ToLowerInvariant(c));
                    break;
                case CharKind.Separator:
                    Flush(result, token);
                    break;
                case CharKind.Skip:
                default:
                    break;
            }
        }

        Flush(result, token);
        return result.ToString();
    }

    private static void Flush(StringBuilder result, StringBuilder token)
    {
        if (token.Length == 0)
        {
            return;
        }

        var value = token.ToString();
        if (result.Length > 0)
        {
            result.Append(' ');
        }

        result.Append(Aliases.TryGetValue(value, out var alias) ? alias : value);
        token.Clear();
    }

    public enum CharKind
    {
        Token,
        Separator,
        Skip,
    }
}
