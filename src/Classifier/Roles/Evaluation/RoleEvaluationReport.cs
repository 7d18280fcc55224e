namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>
/// The model against the labelled postings, beside the majority-class and keyword-count baselines.
/// <see cref="ExpectedCalibrationError"/>: postings binned by CeoProbability into 10 equal-width bins; the
/// count-weighted mean of |mean probability - share of CEO labels| per bin.
/// </summary>
public sealed record RoleEvaluationReport(
    string ModelVersion,
    bool DescriptionOnly,
    int Postings,
    PredictorScores Model,
    double ExpectedCalibrationError,
    PredictorScores MajorityBaseline,
    PredictorScores KeywordBaseline,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Misclassified);
