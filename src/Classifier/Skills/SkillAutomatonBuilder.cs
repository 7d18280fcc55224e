namespace JobTagger.Classifier.Skills;

/// <summary>
/// Builds the Aho-Corasick automaton over normalized tokens: a trie of every phrase variant, failure links by breadth
/// first search, and per state the phrases that end there (its own and those of its failure chain), so a posting is
/// read in one pass whatever the taxonomy size.
/// </summary>
internal sealed class SkillAutomatonBuilder
{
    private readonly List<Dictionary<int, int>> _children = [[]];
    private readonly List<List<int>> _own = [[]];
    private readonly HashSet<string> _plainKeys = new(StringComparer.Ordinal);

    public Dictionary<string, int> Vocabulary { get; } = new(StringComparer.Ordinal);

    public List<CompiledPhrase> Phrases { get; } = [];

    public int IdOf(string normalized)
    {
        if (!Vocabulary.TryGetValue(normalized, out var id))
        {
            id = Vocabulary.Count;
            Vocabulary.Add(normalized, id);
        }

        return id;
    }

    public void Add(int skillIndex, SkillPhrase phrase)
    {
        foreach (var variant in PhraseTokens.Variants(phrase.Text))
        {
            // "budget" and "budgets" fold to the same tokens; one plain pattern per skill is enough.
            if (!phrase.HasRules && !_plainKeys.Add($"{skillIndex} {string.Join(' ', variant.Normalized)}"))
            {
                continue;
            }

            var state = 0;
            foreach (var token in variant.Normalized)
            {
                var id = IdOf(token);
                if (!_children[state].TryGetValue(id, out var next))
                {
                    next = _children.Count;
                    _children.Add([]);
                    _own.Add([]);
                    _children[state][id] = next;
                }

                state = next;
            }

            _own[state].Add(Phrases.Count);
            Phrases.Add(new CompiledPhrase(
                skillIndex,
                variant.Normalized.Length,
                phrase.CaseSensitive ? variant.Raw : null,
                Ids(phrase.RequiresAnyNearby),
                phrase.NearbyWindow,
                Ids(phrase.ExcludesPrevious),
                Ids(phrase.ExcludesNext)));
        }
    }

    /// <summary>Root transitions as an array (most tokens start at the root), the rest keyed by (state, token).</summary>
    public (int[] RootNext, Dictionary<long, int> Next, int[] Fail, int[][] Outputs) Build()
    {
        var rootNext = new int[Vocabulary.Count];
        var next = new Dictionary<long, int>();
        var fail = new int[_children.Count];
        var outputs = new int[_children.Count][];
        outputs[0] = [];
        var queue = new Queue<int>();
        foreach (var (token, child) in _children[0])
        {
            rootNext[token] = child;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state] = [.. _own[state], .. outputs[fail[state]]];
            foreach (var (token, child) in _children[state])
            {
                next[Key(state, token)] = child;
                var f = fail[state];
                while (f != 0 && !_children[f].ContainsKey(token))
                {
                    f = fail[f];
                }

                fail[child] = _children[f].TryGetValue(token, out var target) && target != child ? target : 0;
                queue.Enqueue(child);
            }
        }

        return (rootNext, next, fail, outputs);
    }

    public static long Key(int state, int token) => ((long)state << 32) | (uint)token;

    private int[] Ids(IReadOnlyList<string> words) => [.. words.Select(w => IdOf(SkillTokenizer.Normalize(w.Trim())))];
}
