using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Web.Tests.Support;

/// <summary>
/// A test double of the store's search: every word of What must appear in the title, company or description; Where
/// matches the location (or "remote"); skills match by id or name. Newest first among equal scores.
/// </summary>
internal sealed class InMemoryPostingSearch(IReadOnlyList<TaggedPosting> postings) : IPostingSearch
{
    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var words = (query.What ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matches = postings
            .Where(p => words.All(word => Text(p).Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Where(p => MatchesWhere(p.Posting, query.Where) && (!query.RemoteOnly || p.Posting.IsRemote))
            .Where(p => query.Role is null || p.Role?.Role == query.Role)
            .Where(p => query.Skills.All(skill => p.Skills.Any(tag =>
                tag.SkillId.Equals(skill, StringComparison.OrdinalIgnoreCase) || tag.Name.Equals(skill, StringComparison.OrdinalIgnoreCase))))
            .Select(p => (Posting: p, Score: (double)words.Sum(word => Count(Text(p), word))))
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.Posting.Posting.PostedAt)
            .ToList();
        var hits = matches.Skip(query.Offset).Take(query.Limit).Select(m => Hit(m.Posting, m.Score, words)).ToList();
        return Task.FromResult(new SearchPage(hits, matches.Count));
    }

    public Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = postings.FirstOrDefault(p => p.Posting.Id == id);
        var detail = found is null
            ? null
            : new PostingDetail(found, [new PostingSourceRef(found.Posting.Source, found.Posting.Url, found.Posting.SourceId, SamplePostings.Now.AddDays(-9), SamplePostings.Now)]);
        return Task.FromResult(detail);
    }

    private static string Text(TaggedPosting p) => $"{p.Posting.Title} {p.Posting.Company} {p.Posting.Description}";

    private static bool MatchesWhere(JobPosting posting, string? where) =>
        string.IsNullOrWhiteSpace(where)
        || (where.Trim().Equals("remote", StringComparison.OrdinalIgnoreCase) && posting.IsRemote)
        || (posting.Location ?? string.Empty).Contains(where.Split(',')[0].Trim(), StringComparison.OrdinalIgnoreCase);

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    private static SearchHit Hit(TaggedPosting p, double score, string[] words)
    {
        var snippet = p.Posting.Description;
        foreach (var word in words)
        {
            var at = snippet.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                snippet = string.Concat(snippet.AsSpan(0, at), $"{SearchHit.HighlightStart}{snippet.Substring(at, word.Length)}{SearchHit.HighlightEnd}", snippet.AsSpan(at + word.Length));
            }
        }

        return new SearchHit
        {
            Id = p.Posting.Id,
            Title = p.Posting.Title,
            Company = p.Posting.Company,
            Location = p.Posting.Location,
            Role = p.Role?.Role,
            CeoProbability = p.Role?.CeoProbability,
            Skills = [.. p.Skills.Select(s => s.Name)],
            Score = score,
            Snippet = snippet,
            Url = p.Posting.Url,
            PostedAt = p.Posting.PostedAt,
        };
    }
}
