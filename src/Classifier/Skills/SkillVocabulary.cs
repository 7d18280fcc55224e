namespace JobTagger.Classifier.Skills;

/// <summary>
/// The normalized words phrases and rules use, each with a small id. An open-addressing table with a cheap FNV-1a
/// hash, because most posting tokens are not in it and the lookup runs once per token.
/// </summary>
internal sealed class SkillVocabulary
{
    private readonly string[] _keys;
    private readonly int[] _ids;
    private readonly int _mask;

    public SkillVocabulary(IReadOnlyDictionary<string, int> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var size = 16;
        while (size < words.Count * 4)
        {
            size *= 2;
        }

        _mask = size - 1;
        _keys = new string[size];
        _ids = new int[size];
        foreach (var (word, id) in words)
        {
            var slot = (int)Hash(word) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = word;
            _ids[slot] = id;
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when no phrase or rule uses it.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        var slot = (int)Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (word.SequenceEqual(key))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }
}
