using JobTagger.Domain.Postings;
using JobTagger.Storage.Export;
using JobTagger.Storage.Search;

namespace JobTagger.Storage.Tests.Export;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Of_ManyChunks_KeepsEveryPostingInOrder()
    {
        var ids = new List<string>();

        await foreach (var detail in ReadAhead.Of(Details(1000), CancellationToken.None))
        {
            ids.Add(detail.Tagged.Posting.Id);
        }

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"t:{i}"), ids);
    }

    [Fact]
    public async Task Of_SourceFails_TheFailureReachesTheReader()
    {
        var count = 0;

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in ReadAhead.Of(Details(300, failAt: 200), CancellationToken.None))
            {
                count++;
            }
        });

        Assert.Equal("broken at 200", ex.Message);
        Assert.True(count <= 200);
    }

    private static async IAsyncEnumerable<PostingDetail> Details(int count, int failAt = -1)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new InvalidOperationException($"broken at {i}");
            }

            await Task.Yield();
            var posting = new JobPosting { Id = $"t:{i}", Source = "t", Title = "COO", Description = "Runs operations." };
            yield return new PostingDetail(new TaggedPosting(posting), []);
        }
    }
}
