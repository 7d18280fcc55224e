using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Bench.Web;

/// <summary>
/// A search that answers every query with the same page of 20 hits at once: run with <c>--web-only</c> it measures
/// the web layer alone (routing, validation, JSON), to tell its cost from the store's.
/// </summary>
internal sealed class FixedPageSearch : IPostingSearch
{
    private readonly SearchPage _page = new(
        [.. Enumerable.Range(0, 20).Select(i => new SearchHit
        {
            Id = $"bench:{i}",
            Title = "Director of Operations",
            Company = "Company Holdings",
            Location = "Austin, TX",
            Role = Role.Coo,
            CeoProbability = 0.2,
            Skills = ["Budgeting", "Lean", "Process improvement"],
            Score = 10 - (i * 0.1),
            Snippet = "Lead day-to-day \u0002operations\u0003 with a team of supervisors. Own the operating budget …",
            Url = $"https://jobs.example.test/{i}",
            PostedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        })],
        12_345);

    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Task.FromResult(_page);

    public Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<PostingDetail?>(null);
}
