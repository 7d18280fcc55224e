using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Dedupe;

/// <summary>
/// Normalized title, company and location: postings sharing this key are the only candidates whose descriptions are
/// compared, so near-duplicate detection stays one indexed lookup per posting.
/// </summary>
internal static class DuplicateKey
{
    public static string For(string title, string? company, string? location) =>
        string.Join('\u001f', PostingIdentity.Normalize(title), PostingIdentity.Normalize(company), PostingIdentity.Normalize(location));
}
