using System.Globalization;
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

    // The hashed text is built in a pooled buffer, not a StringBuilder: the description is most of it, and a fresh
    // builder per posting cost a copy the size of the posting in garbage. The bytes hashed are unchanged.
    private static byte[] Hash(TaggedPosting tagged, string? sourceSkills, string? explanation, string[] evidence)
    {
        var p = tagged.Posting;
        var text = new HashText(p.Description.Length + 512);
        try
        {
            text.Add(p.Source);
            text.Add(p.SourceId);
            text.Add(p.Url);
            text.Add(p.Title);
            text.Add(p.Company);
            text.Add(p.Location);
            text.Add(p.IsRemote ? "1" : "0");
            text.Add(p.PostedAt?.UtcTicks.ToString(CultureInfo.InvariantCulture));
            text.Add(p.ValidThrough?.UtcTicks.ToString(CultureInfo.InvariantCulture));
            text.Add(p.EmploymentType);
            text.Add(p.Salary?.ToString());
            text.Add(p.Description);
            text.Add(sourceSkills);
            text.Add(p.OccupationalCategory);
            text.Add(p.ExtractionMethod);
            text.Add(RoleName(tagged.Role?.Role));
            text.Add(tagged.Role?.CeoProbability.ToString("R", CultureInfo.InvariantCulture));
            text.Add(tagged.Role?.ModelVersion);
            text.Add(explanation);
            for (var i = 0; i < evidence.Length; i++)
            {
                var skill = tagged.Skills[i];
                text.Add(skill.SkillId);
                text.Add(skill.Name);
                text.Add(skill.Category);
                text.Add(evidence[i]);
            }

            return text.Sha256Prefix();
        }
        finally
        {
            text.Dispose();
        }
    }
}
