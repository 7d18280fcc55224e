namespace JobTagger.Classifier.Roles;

/// <summary>
/// Aggregates statement scores into a posting score: each statement adds relevance x log-odds (the title
/// <see cref="PostingCalibration.TitleWeight"/> times), and the sum is divided by the square root of the total
/// relevance, so a long posting is surer than a short one, but not linearly so. Boilerplate has little relevance and
/// moves the score little; a posting of boilerplate only stays near 0.
/// </summary>
internal struct PostingScore
{
    private double _sum;
    private double _relevance;

    /// <summary>Adds a statement and returns its contribution (positive = towards CEO-like).</summary>
    public double Add(StatementScores scores, double weight)
    {
        var relevance = scores.Relevance * weight;
        _relevance += relevance;
        var contribution = relevance * scores.LogOdds;
        _sum += contribution;
        return contribution;
    }

    public readonly double Raw => _sum / Math.Sqrt(Math.Max(1, _relevance));

    public readonly double Probability(double scale) => 1 / (1 + Math.Exp(-scale * Raw));
}
