namespace JobTagger.Classifier.Roles;

/// <summary>
/// The model's token ids and bigram features in open-addressing tables probed without a comparer call: two lookups
/// run for nearly every word of every statement, and a <see cref="Dictionary{TKey, TValue}"/> spent most of the
/// scoring time there. Read-only after construction, so one instance serves every thread.
/// </summary>
internal sealed class RoleLookupTable
{
    private const long EmptyBigram = -1;

    private readonly string?[] _tokenKeys;
    private readonly int[] _tokenIds;
    private readonly int _tokenMask;
    private readonly long[] _bigramKeys;
    private readonly int[] _bigramFeatures;
    private readonly int _bigramMask;

    public RoleLookupTable(IReadOnlyDictionary<string, int> tokens, IReadOnlyDictionary<long, int> bigrams)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(bigrams);
        _tokenMask = SizeFor(tokens.Count) - 1;
        _tokenKeys = new string?[_tokenMask + 1];
        _tokenIds = new int[_tokenMask + 1];
        foreach (var (token, id) in tokens)
        {
            var slot = TokenSlot(token);
            while (_tokenKeys[slot] is not null)
            {
                slot = (slot + 1) & _tokenMask;
            }

            _tokenKeys[slot] = token;
            _tokenIds[slot] = id;
        }

        _bigramMask = SizeFor(bigrams.Count) - 1;
        _bigramKeys = new long[_bigramMask + 1];
        _bigramFeatures = new int[_bigramMask + 1];
        Array.Fill(_bigramKeys, EmptyBigram);
        foreach (var (key, feature) in bigrams)
        {
            var slot = BigramSlot(key);
            while (_bigramKeys[slot] != EmptyBigram)
            {
                slot = (slot + 1) & _bigramMask;
            }

            _bigramKeys[slot] = key;
            _bigramFeatures[slot] = feature;
        }
    }

    /// <summary>The id of an already lower-cased token, or -1 when the model never saw it.</summary>
    public int TokenId(ReadOnlySpan<char> token)
    {
        for (var slot = TokenSlot(token); _tokenKeys[slot] is { } key; slot = (slot + 1) & _tokenMask)
        {
            if (token.SequenceEqual(key))
            {
                return _tokenIds[slot];
            }
        }

        return -1;
    }

    /// <summary>The feature of the bigram (<paramref name="left"/>, <paramref name="right"/>), or -1.</summary>
    public int BigramFeature(int left, int right)
    {
        var key = CompiledRoleScorer.BigramKey(left, right);
        for (var slot = BigramSlot(key); _bigramKeys[slot] != EmptyBigram; slot = (slot + 1) & _bigramMask)
        {
            if (_bigramKeys[slot] == key)
            {
                return _bigramFeatures[slot];
            }
        }

        return -1;
    }

    // At most a quarter full: most posting words are not in the model, and a miss ends at the first empty slot.
    private static int SizeFor(int count)
    {
        var size = 16;
        while (size < count * 4)
        {
            size *= 2;
        }

        return size;
    }

    private int TokenSlot(ReadOnlySpan<char> token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15)) & _tokenMask;
    }

    private int BigramSlot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & _bigramMask;
}
