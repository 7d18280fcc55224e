namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>How one predictor (the model or a baseline) did on the labelled postings.</summary>
public sealed record PredictorScores(
    string Name,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<ClassScores> Classes,
    IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    internal static PredictorScores From(string name, ClassificationMetrics metrics) => new(
        name,
        metrics.Accuracy,
        metrics.MacroF1,
        [.. metrics.Classes.Select((c, k) => new ClassScores(c, metrics.Precision(k), metrics.Recall(k), metrics.F1(k)))],
        metrics.ConfusionRows());
}
