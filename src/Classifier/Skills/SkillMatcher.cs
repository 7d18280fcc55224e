using System.Buffers;
using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Skills;

/// <summary>
/// Finds taxonomy phrases in text: tokenizes a field once, runs the token-level Aho-Corasick automaton over it and
/// checks each candidate's context rules. Immutable after construction, so one instance serves every thread.
/// </summary>
internal sealed class SkillMatcher
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    private readonly int[] _rootNext;
    private readonly Dictionary<long, int> _next;
    private readonly int[] _fail;
    private readonly int[][] _outputs;
    private readonly CompiledPhrase[] _phrases;

    public SkillMatcher(SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Skills = taxonomy.Skills;
        var builder = new SkillAutomatonBuilder();
        for (var i = 0; i < Skills.Count; i++)
        {
            foreach (var phrase in Skills[i].Phrases)
            {
                builder.Add(i, phrase);
            }
        }

        (_rootNext, _next, _fail, _outputs) = builder.Build();
        _phrases = [.. builder.Phrases];
        _vocabulary = builder.Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<SkillDefinition> Skills { get; }

    /// <summary>Adds every phrase found in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    public void Match(string text, PostingField field, List<SkillMatch> matches)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var tokens = ArrayPool<FieldToken>.Shared.Rent((text.Length / 2) + 2);
        try
        {
            var count = Tokenize(text, ref tokens);
            var state = 0;
            for (var i = 0; i < count; i++)
            {
                var token = tokens[i];
                state = token.Id < 0 ? 0 : Step(token.AfterBreak ? 0 : state, token.Id);
                foreach (var p in _outputs[state])
                {
                    var phrase = _phrases[p];
                    var first = i - phrase.TokenCount + 1;
                    if (!phrase.HasRules || Allows(phrase, text, tokens.AsSpan(0, count), first, i))
                    {
                        var start = tokens[first].Start;
                        matches.Add(new SkillMatch(phrase.SkillIndex, field, start, token.Start + token.Length - start, phrase.TokenCount));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<FieldToken>.Shared.Return(tokens);
        }
    }

    private int Tokenize(string text, ref FieldToken[] tokens)
    {
        Span<char> lower = stackalloc char[SkillTokenizer.MaxTokenLength];
        var span = text.AsSpan();
        var position = 0;
        var count = 0;
        while (SkillTokenizer.Next(span, ref position, out var start, out var length, out var afterBreak, out _))
        {
            var id = -1;
            if (length <= SkillTokenizer.MaxTokenLength)
            {
                var n = SkillTokenizer.Normalize(span.Slice(start, length), lower);
                if (!_vocabulary.TryGetValue(lower[..n], out id))
                {
                    id = -1;
                }
            }

            if (count == tokens.Length)
            {
                var bigger = ArrayPool<FieldToken>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan().CopyTo(bigger);
                ArrayPool<FieldToken>.Shared.Return(tokens);
                tokens = bigger;
            }

            tokens[count++] = new FieldToken(start, length, id, afterBreak);
        }

        return count;
    }

    private int Step(int state, int token)
    {
        while (state != 0)
        {
            if (_next.TryGetValue(SkillAutomatonBuilder.Key(state, token), out var next))
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[token];
    }

    private static bool Allows(CompiledPhrase phrase, string text, ReadOnlySpan<FieldToken> tokens, int first, int last)
    {
        if (phrase.CaseSensitiveRaw is { } raw)
        {
            for (var k = 0; k < raw.Length; k++)
            {
                var t = tokens[first + k];
                if (!text.AsSpan(t.Start, t.Length).SequenceEqual(raw[k]))
                {
                    return false;
                }
            }
        }

        if ((first > 0 && phrase.ExcludesPrevious.AsSpan().Contains(tokens[first - 1].Id))
            || (last + 1 < tokens.Length && phrase.ExcludesNext.AsSpan().Contains(tokens[last + 1].Id)))
        {
            return false;
        }

        if (phrase.Nearby.Length == 0)
        {
            return true;
        }

        var from = Math.Max(0, first - phrase.NearbyWindow);
        var to = Math.Min(tokens.Length - 1, last + phrase.NearbyWindow);
        for (var i = from; i <= to; i++)
        {
            if ((i < first || i > last) && tokens[i].Id >= 0 && phrase.Nearby.AsSpan().Contains(tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }
}
