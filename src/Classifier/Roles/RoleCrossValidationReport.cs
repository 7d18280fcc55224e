namespace JobTagger.Classifier.Roles;

/// <summary>Builds <see cref="RoleCrossValidation"/> from the held-out statement scores of every fold.</summary>
internal static class RoleCrossValidationReport
{
    public static RoleCrossValidation From(int folds, StatementClass[] actual, StatementScores[] scores)
    {
        var metrics = new ClassificationMetrics(RoleFeaturization.ClassNames, actual.Select((a, i) => ((int)a, ArgMax(scores[i]))));
        var logLoss = actual.Select((a, i) => -Math.Log(Math.Max(1e-15, Probability(scores[i], a)))).Average();
        var auc = ClassificationMetrics.Auc([.. actual.Select((a, i) => (a, s: scores[i]))
            .Where(x => x.a != StatementClass.Neutral)
            .Select(x => (x.s.Ceo / (x.s.Ceo + x.s.Coo), x.a == StatementClass.Ceo))]);
        return new RoleCrossValidation(folds, Math.Round(metrics.Accuracy, 4), Math.Round(metrics.MacroF1, 4),
            Math.Round(auc, 4), Math.Round(logLoss, 4), RoleFeaturization.ClassNames, metrics.ConfusionRows());
    }

    private static int ArgMax(StatementScores s) =>
        s.Coo >= s.Ceo && s.Coo >= s.Neutral ? 0 : s.Ceo >= s.Neutral ? 1 : 2;

    private static double Probability(StatementScores s, StatementClass c) => c switch
    {
        StatementClass.Coo => s.Coo,
        StatementClass.Ceo => s.Ceo,
        _ => s.Neutral,
    };
}
