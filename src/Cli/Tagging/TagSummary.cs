using JobTagger.Domain.Postings;
using JobTagger.Storage;

namespace JobTagger.Cli.Tagging;

/// <summary>What a tagging run did: how many postings were read, stored, updated, left unchanged or merged, and rejected.</summary>
internal sealed record TagSummary
{
    public int Read { get; init; }

    public int Inserted { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public int Duplicates { get; init; }

    public int Rejected { get; init; }

    public int Coo { get; init; }

    public int Ceo { get; init; }

    public TimeSpan Elapsed { get; init; }

    public double PostingsPerSecond => Elapsed > TimeSpan.Zero ? Read / Elapsed.TotalSeconds : 0;

    public TagSummary Add(IReadOnlyList<PreparedPosting> postings, StoreBatchResult stored)
    {
        var coo = 0;
        var ceo = 0;
        foreach (var posting in postings)
        {
            switch (posting.Tagged.Role?.Role)
            {
                case Role.Coo:
                    coo++;
                    break;
                case Role.Ceo:
                    ceo++;
                    break;
            }
        }

        return this with
        {
            Read = Read + postings.Count,
            Inserted = Inserted + stored.Inserted,
            Updated = Updated + stored.Updated,
            Unchanged = Unchanged + stored.Unchanged,
            Duplicates = Duplicates + stored.Duplicates,
            Rejected = Rejected + stored.Rejected,
            Coo = Coo + coo,
            Ceo = Ceo + ceo,
        };
    }
}
