namespace JobTagger.Classifier.Skills;

/// <summary>
/// The automaton's non-root moves with failure links already followed, so reading a token is one probe: the entry
/// for (state, token) if there is one, else the root's move for the token. An open-addressing table keyed by
/// (state, token) packed in a long; probing it is cheaper than a <see cref="Dictionary{TKey, TValue}"/>.
/// </summary>
internal sealed class SkillTransitionTable
{
    private const long Empty = -1;

    private readonly long[] _keys;
    private readonly int[] _targets;
    private readonly int _mask;

    public SkillTransitionTable(IReadOnlyList<(int State, int Token, int Target)> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var size = 16;
        while (size < moves.Count * 3)
        {
            size *= 2;
        }

        _mask = size - 1;
        _keys = new long[size];
        _targets = new int[size];
        Array.Fill(_keys, Empty);
        foreach (var (state, token, target) in moves)
        {
            var key = Key(state, token);
            var slot = Slot(key);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _targets[slot] = target;
        }
    }

    public bool TryGet(int state, int token, out int target)
    {
        var key = Key(state, token);
        for (var slot = Slot(key); _keys[slot] != Empty; slot = (slot + 1) & _mask)
        {
            if (_keys[slot] == key)
            {
                target = _targets[slot];
                return true;
            }
        }

        target = 0;
        return false;
    }

    private static long Key(int state, int token) => ((long)state << 32) | (uint)token;

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & _mask;
}
