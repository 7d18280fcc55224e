using JobTagger.Domain.Enrichment;
using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Roles;

/// <summary>
/// Classifies a posting as COO-like (operations leadership) or CEO-like (strategy leadership) with a calibrated
/// probability and the statements that decided it. Immutable after loading: safe to call from several threads.
/// </summary>
public sealed class RoleClassifier : IEnrichmentStep
{
    private const string BundledModel = "JobTagger.Classifier.Roles.Model.role-model.zip";
    private const string BundledMetadata = "JobTagger.Classifier.Roles.Model.role-model.json";
    private static readonly Lazy<RoleClassifier> Bundled = new(LoadBundledCore);
    private readonly PostingRoleScorer _scorer;

    internal RoleClassifier(CompiledRoleScorer scorer, RoleModelMetadata metadata)
    {
        Metadata = metadata;
        _scorer = new PostingRoleScorer(scorer, metadata.Calibration);
    }

    public string Name => "role";

    public string ModelVersion => Metadata.ModelVersion;

    /// <summary>Where the model came from: training-data hash, ML.NET version, cross-validated metrics.</summary>
    public RoleModelMetadata Metadata { get; }

    internal PostingRoleScorer Scorer => _scorer;

    /// <summary>The model shipped inside this assembly (trained from training/roles); loaded once per process.</summary>
    public static RoleClassifier LoadBundled() => Bundled.Value;

    /// <summary>A model written by <c>jobtagger train</c>: the zip, with its <c>.json</c> metadata beside it.</summary>
    public static RoleClassifier Load(string modelPath) => RoleModelFile.Load(modelPath);

    public RoleClassification Classify(string title, string description) =>
        _scorer.Classify(title ?? string.Empty, description ?? string.Empty, ModelVersion);

    public TaggedPosting Enrich(TaggedPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return posting with { Role = Classify(posting.Posting.Title, posting.Posting.Description) };
    }

    private static RoleClassifier LoadBundledCore()
    {
        var assembly = typeof(RoleClassifier).Assembly;
        using var model = assembly.GetManifestResourceStream(BundledModel)
            ?? throw new InvalidOperationException($"the bundled role model {BundledModel} is missing from the assembly");
        using var metadata = assembly.GetManifestResourceStream(BundledMetadata)
            ?? throw new InvalidOperationException($"the bundled role metadata {BundledMetadata} is missing from the assembly");
        return RoleModelFile.Load(model, metadata);
    }
}
