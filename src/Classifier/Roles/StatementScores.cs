namespace JobTagger.Classifier.Roles;

/// <summary>The probabilities of one statement being COO-like, CEO-like or neutral boilerplate (they sum to 1).</summary>
internal readonly record struct StatementScores(double Coo, double Ceo, double Neutral)
{
    /// <summary>How much the statement is about the role at all (not boilerplate).</summary>
    public double Relevance => 1 - Neutral;

    /// <summary>log(P(ceo) / P(coo)), bounded so one odd statement cannot decide a posting alone.</summary>
    public double LogOdds => Math.Clamp(Math.Log(Math.Max(Ceo, 1e-9) / Math.Max(Coo, 1e-9)), -8, 8);
}
