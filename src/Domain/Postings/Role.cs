namespace JobTagger.Domain.Postings;

/// <summary>The leadership profile a posting describes.</summary>
public enum Role
{
    /// <summary>Operations leadership: day-to-day execution, processes, budgets, resource allocation, coordinating departments.</summary>
    Coo,

    /// <summary>Strategy leadership: vision, long-term direction, stakeholders, investors, the board, M&amp;A, partnerships.</summary>
    Ceo,
}
