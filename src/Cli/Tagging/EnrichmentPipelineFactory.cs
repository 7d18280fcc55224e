using JobTagger.Classifier.Roles;
using JobTagger.Classifier.Skills;
using JobTagger.Domain.Enrichment;

namespace JobTagger.Cli.Tagging;

/// <summary>The enrichment steps of the main job, in their order: the role first, then the skills.</summary>
internal static class EnrichmentPipelineFactory
{
    public static EnrichmentPipeline Create(string? modelPath, string? skillsPath)
    {
        var roles = modelPath is null ? RoleClassifier.LoadBundled() : RoleClassifier.Load(modelPath);
        var skills = SkillTagger.LoadBundled(skillsPath);
        return new EnrichmentPipeline([roles, skills]);
    }
}
