using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Bench.Storage;

/// <summary>A fixed mix of what people type: titles, skills, words being typed, places, filters, and plain listings.</summary>
internal static class TypicalQueries
{
    private static readonly string[] Words =
    [
        "operations", "supply chain", "coo", "strategy", "fundraising", "lean manufacturing", "logistics", "healthcare",
        "vp operations", "chief operating officer", "investor relations", "warehouse automation", "budget", "fintech",
        "head of strategy", "pricing", "erp rollout", "acquisitions", "six sigma", "plant manager",
    ];

    private static readonly string[] Wheres = ["Austin, TX", "texas", "New York", "remote", "Germany", "San Francisco, California", "London", "Denver"];

    public static IReadOnlyList<(string Kind, SearchQuery Query)> Create(int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<(string, SearchQuery)>(count);
        for (var i = 0; i < count; i++)
        {
            var what = Words[random.Next(Words.Length)];
            queries.Add((i % 6) switch
            {
                0 => ("what", new SearchQuery { What = what }),
                1 => ("what+where", new SearchQuery { What = what, Where = Wheres[random.Next(Wheres.Length)] }),
                // Search as you type: a word cut short.
                2 => ("prefix", new SearchQuery { What = what[..Math.Max(3, what.Length - 3)] }),
                3 => ("what+filters", new SearchQuery
                {
                    What = what, Role = random.Next(2) == 0 ? Role.Coo : Role.Ceo, PostedWithin = TimeSpan.FromDays(30),
                }),
                4 => ("where+skill", new SearchQuery
                {
                    Where = Wheres[random.Next(Wheres.Length)],
                    Skills = [SyntheticPostings.SkillNames[random.Next(SyntheticPostings.SkillNames.Length)]],
                }),
                _ => ("listing", new SearchQuery { RemoteOnly = random.Next(2) == 0, Offset = random.Next(3) * 20 }),
            });
        }

        return queries;
    }
}
