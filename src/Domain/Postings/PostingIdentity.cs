using System.Security.Cryptography;
using System.Text;

namespace JobTagger.Domain.Postings;

/// <summary>Derives a posting's stable id.</summary>
public static class PostingIdentity
{
    /// <summary>
    /// The id of a posting: <c>{source}:{sourceId}</c> when the source has its own id, else <c>h:</c> and a hash of
    /// the normalized title, company, location and description, so the same text read twice gets the same id.
    /// </summary>
    public static string For(string source, string? sourceId, string title, string? company, string? location, string description)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!string.IsNullOrWhiteSpace(sourceId))
        {
            return $"{source}:{sourceId.Trim()}";
        }

        var text = string.Join('\u001f', Normalize(title), Normalize(company), Normalize(location), Normalize(description));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "h:" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    /// <summary>Lower case, whitespace collapsed: the form used for hashing and duplicate detection.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
