namespace JobTagger.Classifier.Roles;

/// <summary>
/// The probabilities of one statement being COO-like, CEO-like or neutral boilerplate (they sum to 1), and the share
/// of its words the model knows. The probabilities are ML.NET's; <see cref="Coverage"/> is ours, for aggregation.
/// </summary>
internal readonly record struct StatementScores(double Coo, double Ceo, double Neutral, double Coverage = 1)
{
    /// <summary>
    /// How much the statement is about the role at all: not boilerplate, and in words the model knows. After L2
    /// normalisation a statement with one known word ("medication and surgical abortions") is scored on that word
    /// alone; the coverage factor keeps such a fragment from speaking as loudly as a full duty statement.
    /// </summary>
    public double Relevance => (1 - Neutral) * Coverage;

    /// <summary>log(P(ceo) / P(coo)), bounded so one odd statement cannot decide a posting alone.</summary>
    public double LogOdds => Math.Clamp(Math.Log(Math.Max(Ceo, 1e-9) / Math.Max(Coo, 1e-9)), -3, 3);
}
