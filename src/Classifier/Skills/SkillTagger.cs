using JobTagger.Domain.Enrichment;
using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Skills;

/// <summary>
/// Tags the skills a posting asks for, from the bundled taxonomy and optionally a user's file, each with the words
/// that show it. Thread-safe: the automaton is built once and only read afterwards.
/// </summary>
public sealed class SkillTagger : IEnrichmentStep
{
    private static readonly Lazy<SkillTagger> Bundled = new(() => new SkillTagger(SkillTaxonomy.LoadBundled()));

    // One match list per thread, reused: growing a fresh list for every posting was a steady source of garbage.
    [ThreadStatic]
    private static List<SkillMatch>? t_matches;

    private readonly SkillMatcher _matcher;

    internal SkillTagger(SkillTaxonomy taxonomy) => _matcher = new SkillMatcher(taxonomy);

    public string Name => "skills";

    /// <summary>How many skills the taxonomy in use holds.</summary>
    public int SkillCount => _matcher.Skills.Count;

    /// <summary>
    /// The tagger for the bundled taxonomy (built once per process), or with <paramref name="userTaxonomyPath"/> the
    /// bundled taxonomy with that file's skills added, replaced (same id) or removed (<c>"disabled": true</c>).
    /// Throws <see cref="Domain.Errors.JobTaggerException"/> listing every problem of an invalid file.
    /// </summary>
    public static SkillTagger LoadBundled(string? userTaxonomyPath = null) =>
        userTaxonomyPath is null ? Bundled.Value : new SkillTagger(SkillTaxonomy.LoadBundled(userTaxonomyPath));

    /// <summary>The skills in a title and description, strongest first, each once with up to three evidence spans.</summary>
    public IReadOnlyList<SkillTag> Tag(string title, string description)
    {
        title ??= string.Empty;
        description ??= string.Empty;
        var matches = t_matches ??= [];
        matches.Clear();
        _matcher.Match(title, PostingField.Title, matches);
        _matcher.Match(description, PostingField.Description, matches);
        return matches.Count == 0 ? [] : SkillTagRanker.Rank(matches, title, description, _matcher.Skills);
    }

    /// <summary>Sets <see cref="TaggedPosting.Skills"/> from the posting's title and description.</summary>
    public TaggedPosting Enrich(TaggedPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return posting with { Skills = Tag(posting.Posting.Title, posting.Posting.Description) };
    }
}
