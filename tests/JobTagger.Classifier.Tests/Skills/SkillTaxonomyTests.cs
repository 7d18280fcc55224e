using JobTagger.Classifier.Skills;
using JobTagger.Domain.Errors;

namespace JobTagger.Classifier.Tests.Skills;

public sealed class SkillTaxonomyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jobtagger-skills-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadBundled_HasAtLeast200SkillsWithUniqueIds()
    {
        var taxonomy = SkillTaxonomy.LoadBundled();

        Assert.True(taxonomy.Skills.Count >= 200, $"only {taxonomy.Skills.Count} skills");
        Assert.Equal(taxonomy.Skills.Count, taxonomy.Skills.Select(s => s.Id).Distinct().Count());
        Assert.All(taxonomy.Skills, s => Assert.False(string.IsNullOrWhiteSpace(s.Category)));
        Assert.Equal(taxonomy.Skills.Count, SkillTagger.LoadBundled().SkillCount);
    }

    [Fact]
    public void LoadBundled_UserFile_AddsOverridesAndDisables()
    {
        var path = Write("""
            {
              "skills": [
                // a new skill
                { "id": "forklift-safety", "name": "Forklift safety", "category": "operations", "phrases": ["forklift safety"] },
                // replaces the bundled SQL skill: now only "structured query language"
                { "id": "sql", "name": "SQL (ours)", "category": "data", "phrases": ["structured query language"] },
                { "id": "excel", "disabled": true }
              ]
            }
            """);

        var tagger = SkillTagger.LoadBundled(path);
        var tags = tagger.Tag(string.Empty, "Forklift safety, SQL, structured query language and Microsoft Excel.");

        Assert.Equal(SkillTaxonomy.LoadBundled().Skills.Count, tagger.SkillCount); // one added, one removed
        Assert.Contains(tags, t => t.SkillId == "forklift-safety");
        var sql = Assert.Single(tags, t => t.SkillId == "sql");
        Assert.Equal(("SQL (ours)", "structured query language"), (sql.Name, Assert.Single(sql.Evidence).Text));
        Assert.DoesNotContain(tags, t => t.SkillId == "excel");
    }

    [Fact]
    public void LoadBundled_InvalidUserFile_ListsEveryProblemWithItsPath()
    {
        var path = Write("""
            { "skills": [
              { "id": "Not A Slug", "name": "x", "category": "data", "phrases": ["x"] },
              { "id": "no-phrases", "name": "y", "category": "data", "phrases": [] },
              { "id": "bad-rule", "name": "z", "category": "data", "colour": "red",
                "phrases": [{ "text": "z", "requires_any_nearby": ["two words"], "nearby_window": 0 }, "a, b"] },
              { "id": "claims-sql", "name": "w", "category": "data", "phrases": ["SQL"] },
              { "id": "ghost", "disabled": true }
            ] }
            """);

        var e = Assert.Throws<JobTaggerException>(() => SkillTagger.LoadBundled(path));

        Assert.StartsWith($"{path}: invalid skill taxonomy (6 problems)", e.Message, StringComparison.Ordinal);
        Assert.Contains("skills[0].id: 'Not A Slug' is not a slug", e.Message, StringComparison.Ordinal);
        Assert.Contains("skills[1].phrases: expected a non-empty array", e.Message, StringComparison.Ordinal);
        Assert.Contains("skills[2].colour: unknown property", e.Message, StringComparison.Ordinal);
        Assert.Contains("skills[2].phrases[0].requires_any_nearby[0]: expected a single word", e.Message, StringComparison.Ordinal);
        Assert.Contains("skills[2].phrases[0].nearby_window", e.Message, StringComparison.Ordinal);
        Assert.Contains("skills[2].phrases[1]: 'a, b' holds punctuation", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void LoadBundled_UserFileClashingWithBundledPhrase_SaysWhichSkills()
    {
        var path = Write("""
            { "skills": [
              { "id": "claims-sql", "name": "w", "category": "data", "phrases": ["SQL"] },
              { "id": "ghost", "disabled": true }
            ] }
            """);

        var e = Assert.Throws<JobTaggerException>(() => SkillTagger.LoadBundled(path));

        Assert.Contains("(2 problems)", e.Message, StringComparison.Ordinal);
        Assert.Contains("skill 'ghost' is disabled but no such skill exists", e.Message, StringComparison.Ordinal);
        Assert.Contains("phrase 'SQL' of skill 'claims-sql' is also a phrase of skill 'sql'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadBundled_MissingOrMalformedUserFile_Throws()
    {
        var missing = Path.Combine(_folder, "nope.json");
        Assert.Equal($"{missing}: no such file or folder", Assert.Throws<JobTaggerException>(() => SkillTagger.LoadBundled(missing)).Message);

        var broken = Write("{ \"skills\": [ ");
        Assert.StartsWith($"{broken}: invalid skill taxonomy (1 problem): not JSON", Assert.Throws<JobTaggerException>(() => SkillTagger.LoadBundled(broken)).Message, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
