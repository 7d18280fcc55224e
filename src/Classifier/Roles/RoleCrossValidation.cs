namespace JobTagger.Classifier.Roles;

/// <summary>
/// K-fold cross-validated statement metrics at training time. <see cref="Auc"/> is COO vs CEO on the non-neutral
/// statements (score P(ceo) / (P(ceo) + P(coo))); <see cref="LogLoss"/> is the mean multiclass log-loss (natural log).
/// <see cref="Confusion"/> rows are the actual class, columns the predicted class, in <see cref="Classes"/> order.
/// </summary>
public sealed record RoleCrossValidation(
    int Folds,
    double Accuracy,
    double MacroF1,
    double Auc,
    double LogLoss,
    IReadOnlyList<string> Classes,
    IReadOnlyList<IReadOnlyList<int>> Confusion);
