using JobTagger.Domain.Errors;

namespace JobTagger.Classifier.Skills;

/// <summary>
/// The skills to tag: the bundled taxonomy (an embedded resource, so the tool works from any folder), optionally merged
/// with a user's file in the same format where an entry with a known id replaces that skill, a new id adds one and
/// <c>"disabled": true</c> removes one.
/// </summary>
internal sealed class SkillTaxonomy
{
    public const string ResourceName = "JobTagger.Classifier.Skills.taxonomy.json";
    public const string BundledPath = "bundled skill taxonomy";

    private static readonly Lazy<IReadOnlyList<SkillTaxonomyEntry>> BundledEntries = new(ReadBundledEntries);

    private SkillTaxonomy(IReadOnlyList<SkillDefinition> skills) => Skills = skills;

    public IReadOnlyList<SkillDefinition> Skills { get; }

    public static SkillTaxonomy LoadBundled() => Create(BundledEntries.Value, null, BundledPath);

    public static SkillTaxonomy LoadBundled(string userPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPath);
        if (!File.Exists(userPath))
        {
            throw JobTaggerException.FileNotFound(userPath);
        }

        string json;
        try
        {
            json = File.ReadAllText(userPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw JobTaggerException.Unreadable(userPath, e);
        }

        return Create(BundledEntries.Value, SkillTaxonomyReader.Read(json, userPath), userPath);
    }

    /// <summary>Merges <paramref name="overrides"/> over <paramref name="baseEntries"/> and checks the result as a whole.</summary>
    public static SkillTaxonomy Create(IReadOnlyList<SkillTaxonomyEntry> baseEntries, IReadOnlyList<SkillTaxonomyEntry>? overrides, string path)
    {
        var problems = new List<string>();
        var skills = new List<SkillDefinition>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in baseEntries.Where(e => e.Skill is not null))
        {
            byId[entry.Id] = skills.Count;
            skills.Add(entry.Skill!);
        }

        foreach (var entry in overrides ?? [])
        {
            if (byId.TryGetValue(entry.Id, out var at))
            {
                skills[at] = entry.Skill!; // null for a disabled skill, dropped below
            }
            else if (entry.Skill is null)
            {
                problems.Add($"skill '{entry.Id}' is disabled but no such skill exists");
            }
            else
            {
                byId[entry.Id] = skills.Count;
                skills.Add(entry.Skill);
            }
        }

        var result = skills.Where(s => s is not null).ToList();
        CheckPhraseConflicts(result, problems);
        return problems.Count > 0 ? throw JobTaggerException.InvalidSkillTaxonomy(path, problems) : new SkillTaxonomy(result);
    }

    // Two skills claiming the same words would make the tag depend on file order; say so instead.
    private static void CheckPhraseConflicts(List<SkillDefinition> skills, List<string> problems)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            foreach (var phrase in skill.Phrases)
            {
                foreach (var variant in PhraseTokens.Variants(phrase.Text))
                {
                    // A case-sensitive "dbt" and a plain "DBT" can live in two skills: the posting's spelling decides.
                    var key = phrase.CaseSensitive ? "=" + string.Join(' ', variant.Raw) : string.Join(' ', variant.Normalized);
                    if (owners.TryGetValue(key, out var owner) && owner != skill.Id)
                    {
                        problems.Add($"phrase '{phrase.Text}' of skill '{skill.Id}' is also a phrase of skill '{owner}'");
                        break;
                    }

                    owners[key] = skill.Id;
                }
            }
        }
    }

    private static IReadOnlyList<SkillTaxonomyEntry> ReadBundledEntries()
    {
        using var stream = typeof(SkillTaxonomy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return SkillTaxonomyReader.Read(reader.ReadToEnd(), BundledPath);
    }
}
