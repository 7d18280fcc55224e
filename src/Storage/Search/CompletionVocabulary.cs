using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// The words of the newest postings' titles, companies and skills, sorted, with how many postings hold each: what a word being typed
/// completes to. FTS5 answers a prefix query (<c>"pric"*</c>) by reading and merging the whole posting list of every
/// indexed word with that start - 10 to 30 ms for a common word on 200,000 postings, on every keystroke - while a few
/// words ORed together are read lazily, only as far as the page needs. The words are kept as written, not as FTS5's
/// porter stems: a stem given back to FTS5 is stemmed again ("warehous" becomes "warehou" and matches nothing), and a
/// partly typed word ("operatio") starts its words but not their stem ("oper").
/// </summary>
internal sealed class CompletionVocabulary
{
    private readonly string[] _terms;
    private readonly int[] _postings;

    private CompletionVocabulary(string[] terms, int[] postings)
    {
        _terms = terms;
        _postings = postings;
    }

    /// <summary>How many of the newest postings the words come from: reading every posting's row took 1.4 s on 200,000.</summary>
    public const int Postings = 20_000;

    /// <summary>Reads the words of the newest <see cref="Postings"/> postings' titles, companies and skills (~0.1 s).</summary>
    public static async Task<CompletionVocabulary> LoadAsync(SqliteConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT title, company, skills_text FROM postings ORDER BY pk DESC LIMIT {Postings}";
        // Words are looked up as spans of a lower-cased buffer: a string is made once per distinct word, not per use.
        var counts = new Dictionary<string, (int Postings, int LastRow)>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[MaxWordLength];
        var row = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            row++;
            for (var column = 0; column < 3; column++)
            {
                if (reader.IsDBNull(column))
                {
                    continue;
                }

                var text = reader.GetString(column);
                for (var i = 0; i < text.Length;)
                {
                    if (!char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                        continue;
                    }

                    var length = 0;
                    for (; i < text.Length && char.IsLetterOrDigit(text[i]); i++)
                    {
                        if (length < MaxWordLength)
                        {
                            buffer[length] = char.ToLowerInvariant(text[i]);
                        }

                        length++;
                    }

                    if (length > MaxWordLength)
                    {
                        continue;
                    }

                    var word = buffer.AsSpan(0, length);
                    if (!lookup.TryGetValue(word, out var seen))
                    {
                        lookup[word] = (1, row);
                    }
                    else if (seen.LastRow != row)
                    {
                        lookup[word] = (seen.Postings + 1, row);
                    }
                }
            }
        }

        var terms = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        return new CompletionVocabulary(terms, [.. terms.Select(t => counts[t].Postings)]);
    }

    /// <summary>Longer runs of letters (a URL or a code that slipped into a title) are no word anyone types.</summary>
    private const int MaxWordLength = 40;

    /// <summary>
    /// The words a word being typed may become (those starting with it, itself included), the most used first, at
    /// most <paramref name="max"/>; or, when none starts with it, the word itself and the known word it ends one or two
    /// letters past; empty when neither, and the word is left to FTS5's prefix query.
    /// </summary>
    public IReadOnlyList<string> Complete(string typed, int max)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var found = new List<(string Term, int Postings)>();
        var at = Array.BinarySearch(_terms, typed, StringComparer.Ordinal);
        for (var i = at >= 0 ? at : ~at; i < _terms.Length && _terms[i].StartsWith(typed, StringComparison.Ordinal); i++)
        {
            found.Add((_terms[i], _postings[i]));
        }

        if (found.Count > 0)
        {
            return [.. found.OrderByDescending(f => f.Postings).ThenBy(f => f.Term, StringComparer.Ordinal).Take(max).Select(f => f.Term)];
        }

        // A whole word a known one runs into by a letter or two ("vendors" where skills say "vendor"): the typed word
        // is finished, not the start of another; both are matched as words.
        for (var cut = 1; cut <= MaxExtension && typed.Length - cut >= MinimumExtended; cut++)
        {
            if (Array.BinarySearch(_terms, typed[..^cut], StringComparer.Ordinal) >= 0)
            {
                return [typed, typed[..^cut]];
            }
        }

        return [];
    }

    private const int MaxExtension = 2;
    private const int MinimumExtended = 4;
}
