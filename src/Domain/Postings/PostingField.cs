namespace JobTagger.Domain.Postings;

/// <summary>Which stored text an evidence offset points into.</summary>
public enum PostingField
{
    Title,
    Description,
}
