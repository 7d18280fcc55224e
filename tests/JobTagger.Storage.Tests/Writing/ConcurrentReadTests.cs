using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Writing;

public sealed class ConcurrentReadTests
{
    [Fact]
    public async Task Search_WhileWriterStoresBatches_SeesOnlyWholeBatches()
    {
        await using var db = new TempDatabase();
        await using var writer = await db.OpenAsync();
        await using var reader = await SqliteJobStore.OpenReadOnlyAsync(db.Path, db.Time);
        const int batches = 30;
        const int perBatch = 20;

        var writing = Task.Run(async () =>
        {
            for (var b = 0; b < batches; b++)
            {
                var batch = Enumerable.Range(0, perBatch)
                    .Select(i => Postings.Tagged($"w:{b}:{i}", title: $"Operations Lead {b} {i}", url: $"https://w.example/{b}/{i}",
                        description: $"Batch {b} posting {i}: run the warehouse number {b * perBatch + i} and its night shift."))
                    .ToList();
                await writer.StoreBatchAsync(batch, []);
            }
        });
        var seen = new List<int>();
        while (!writing.IsCompleted)
        {
            var page = await reader.Search.SearchAsync(new SearchQuery { What = "warehouse", Limit = 1 });
            seen.Add(page.Total);
        }

        await writing;
        var final = await reader.Search.SearchAsync(new SearchQuery { What = "warehouse" });

        Assert.Equal(batches * perBatch, final.Total);
        Assert.All(seen, total => Assert.Equal(0, total % perBatch));
        Assert.Equal(seen.Order(), seen);
    }
}
