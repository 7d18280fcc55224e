namespace JobTagger.Classifier.Roles;

/// <summary>What a role model file says about itself: written beside the model zip as JSON.</summary>
public sealed record RoleModelMetadata
{
    /// <summary>"roles-" and the first 12 hex digits of <see cref="TrainingDataSha256"/>: the same data gives the same version.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>SHA-256 of the training files (corpus.tsv then titles.tsv), lower-case hex.</summary>
    public required string TrainingDataSha256 { get; init; }

    public required string MlNetVersion { get; init; }

    public required int TrainingStatements { get; init; }

    public required PostingCalibration Calibration { get; init; }

    public required RoleCrossValidation CrossValidation { get; init; }
}
