namespace JobTagger.Classifier.Roles;

/// <summary>
/// Fits the posting-level temperature on synthetic postings composed from HELD-OUT statement scores (each statement
/// scored by the fold model that did not see it): a title of the posting's class (most of the time), 1-10 statements
/// of its class, 0-8 boilerplate lines and, in half of them, 1-2 statements of the other class, as real postings mix.
/// The scale minimising log-loss over those postings is found by golden-section search.
/// </summary>
internal static class PostingCalibrationFitter
{
    private const int SyntheticPostings = 4000;

    public static double FitScale(IReadOnlyList<LabelledStatement> statements, StatementClass[] classes, StatementScores[] heldOut, double titleWeight)
    {
        var pools = new Dictionary<(StatementClass, bool), List<StatementScores>>();
        for (var i = 0; i < statements.Count; i++)
        {
            var key = (classes[i], statements[i].IsTitle);
            if (!pools.TryGetValue(key, out var pool))
            {
                pools[key] = pool = [];
            }

            pool.Add(heldOut[i]);
        }

        var random = new Random(7);
        var samples = new (double Raw, bool Ceo)[SyntheticPostings];
        for (var n = 0; n < samples.Length; n++)
        {
            var own = n % 2 == 0 ? StatementClass.Coo : StatementClass.Ceo;
            var other = own == StatementClass.Coo ? StatementClass.Ceo : StatementClass.Coo;
            var score = default(PostingScore);
            if (random.NextDouble() < 0.75)
            {
                Draw(ref score, pools, (own, true), 1, titleWeight, random);
            }

            Draw(ref score, pools, (own, false), random.Next(1, 11), 1, random);
            Draw(ref score, pools, (StatementClass.Neutral, false), random.Next(0, 9), 1, random);
            if (random.NextDouble() < 0.5)
            {
                Draw(ref score, pools, (other, false), random.Next(1, 3), 1, random);
            }

            samples[n] = (score.Raw, own == StatementClass.Ceo);
        }

        return GoldenSection(scale => LogLoss(samples, scale), 0.01, 5);
    }

    private static void Draw(ref PostingScore score, Dictionary<(StatementClass, bool), List<StatementScores>> pools, (StatementClass, bool) key, int count, double weight, Random random)
    {
        if (!pools.TryGetValue(key, out var pool) || pool.Count == 0)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            score.Add(pool[random.Next(pool.Count)], weight);
        }
    }

    private static double LogLoss((double Raw, bool Ceo)[] samples, double scale) =>
        samples.Average(s =>
        {
            var p = 1 / (1 + Math.Exp(-scale * s.Raw));
            return -Math.Log(Math.Clamp(s.Ceo ? p : 1 - p, 1e-12, 1));
        });

    private static double GoldenSection(Func<double, double> f, double low, double high)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 80; i++)
        {
            var a = high - (ratio * (high - low));
            var b = low + (ratio * (high - low));
            if (f(a) < f(b))
            {
                high = b;
            }
            else
            {
                low = a;
            }
        }

        return (low + high) / 2;
    }
}
