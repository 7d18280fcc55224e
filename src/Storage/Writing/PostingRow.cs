using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Dedupe;
using JobTagger.Storage.Locations;

namespace JobTagger.Storage.Writing;

/// <summary>
/// The column values of one tagged posting, computed once: the JSON columns, the search and duplicate keys, and the
/// content hash that makes re-storing an unchanged posting a single indexed compare.
/// </summary>
internal sealed class PostingRow
{
    private PostingRow(TaggedPosting tagged)
    {
        Tagged = tagged;
    }

    public TaggedPosting Tagged { get; }

    public JobPosting Posting => Tagged.Posting;

    public string? CanonicalUrl { get; private init; }

    public string LocationKey { get; private init; } = string.Empty;

    public bool WorksRemote { get; private init; }

    public string DedupeKey { get; private init; } = string.Empty;

    public string SkillsText { get; private init; } = string.Empty;

    public string? SourceSkillsJson { get; private init; }

    public string? ExplanationJson { get; private init; }

    public IReadOnlyList<string> SkillEvidenceJson { get; private init; } = [];

    public byte[] ContentHash { get; private init; } = [];

    /// <summary>Computed on demand: only a posting with no id, URL or key match needs its signature compared.</summary>
    public byte[] Signature => _signature ??= MinHashSignature.Compute(Posting.Description);

    private byte[]? _signature;

    public static string? RoleName(Role? role) => role switch
    {
        Role.Coo => "coo",
        Role.Ceo => "ceo",
        _ => null,
    };

    public static PostingRow From(TaggedPosting tagged, StoredJson json)
    {
        var posting = tagged.Posting;
        var locationKey = LocationNormalizer.Key(posting.Location);
        var evidence = new string[tagged.Skills.Count];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = json.Evidence(tagged.Skills[i].Evidence);
        }

        var sourceSkills = json.Strings(posting.SourceSkills);
        var explanation = json.Explanation(tagged.Role?.Evidence);
        return new PostingRow(tagged)
        {
            CanonicalUrl = Dedupe.CanonicalUrl.For(posting.Url),
            LocationKey = locationKey,
            WorksRemote = posting.IsRemote || LocationNormalizer.SaysRemote(locationKey),
            DedupeKey = DuplicateKey.For(posting.Title, posting.Company, posting.Location),
            // Most evidence first: the order hits list skills in.
            SkillsText = string.Join("; ", tagged.Skills.OrderByDescending(s => s.Evidence.Count).Select(s => s.Name)),
            SourceSkillsJson = sourceSkills,
            ExplanationJson = explanation,
            SkillEvidenceJson = evidence,
            ContentHash = Hash(tagged, sourceSkills, explanation, evidence),
        };
    }

    private static byte[] Hash(TaggedPosting tagged, string? sourceSkills, string? explanation, string[] evidence)
    {
        var p = tagged.Posting;
        var text = new StringBuilder(p.Description.Length + 512);
        void Add(string? value) => text.Append(value).Append('\u001f');
        Add(p.Source);
        Add(p.SourceId);
        Add(p.Url);
        Add(p.Title);
        Add(p.Company);
        Add(p.Location);
        Add(p.IsRemote ? "1" : "0");
        Add(p.PostedAt?.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Add(p.ValidThrough?.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Add(p.EmploymentType);
        Add(p.Salary?.ToString());
        Add(p.Description);
        Add(sourceSkills);
        Add(p.OccupationalCategory);
        Add(p.ExtractionMethod);
        Add(RoleName(tagged.Role?.Role));
        Add(tagged.Role?.CeoProbability.ToString("R", CultureInfo.InvariantCulture));
        Add(tagged.Role?.ModelVersion);
        Add(explanation);
        for (var i = 0; i < evidence.Length; i++)
        {
            var skill = tagged.Skills[i];
            Add(skill.SkillId);
            Add(skill.Name);
            Add(skill.Category);
            Add(evidence[i]);
        }

        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                length += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(length));
            }

            return SHA256.HashData(bytes.AsSpan(0, length))[..16];
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
