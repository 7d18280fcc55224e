using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Search;

public sealed class CompletionVocabularyTests
{
    public static TheoryData<string, int, string[]> Cases => new()
    {
        // Words starting with the typed ones, the most used first, ties alphabetically, as written: all three postings
        // say "manager" and have the skill "Supply Chain Management", one company is "Manufacturing Works".
        { "man", 10, ["management", "manager", "manufacturing"] },
        { "man", 1, ["management"] },
        // Partly typed: every word on its way, not their common porter stem ("oper").
        { "operatio", 10, ["operational", "operations"] },
        // A whole word is one of its own completions.
        { "manager", 10, ["manager"] },
        // A known word and a letter or two: finished, matched as both words ("managers" and "manager").
        { "managers", 10, ["managers", "manager"] },
        // More than two letters past a known word is another word: left to the prefix query.
        { "planting", 10, [] },
        // Nothing like it.
        { "zebra", 10, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Complete_TypedWord_IndexedWordsItMayBecome(string typed, int max, string[] expected)
    {
        await using var db = new TempDatabase();
        await using (var store = await db.OpenAsync())
        {
            await store.StoreBatchAsync(
            [
                Postings.Tagged("a:1", title: "Operations Manager", company: "Acme"),
                Postings.Tagged("a:2", title: "Plant Manager", company: "Manufacturing Works"),
                Postings.Tagged("a:3", title: "Operational Excellence Manager", company: "CFO Partners"),
            ], []);
        }

        var connections = new StoreConnections(db.Path, readOnly: true);
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        var vocabulary = await CompletionVocabulary.LoadAsync(connection, CancellationToken.None);

        Assert.Equal(expected, vocabulary.Complete(typed, max));
    }
}
