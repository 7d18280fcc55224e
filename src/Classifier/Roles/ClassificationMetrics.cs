namespace JobTagger.Classifier.Roles;

/// <summary>Accuracy, per-class precision and recall, macro-F1 and the confusion matrix of (actual, predicted) pairs.</summary>
public sealed class ClassificationMetrics
{
    private readonly int[,] _confusion;

    public ClassificationMetrics(IReadOnlyList<string> classes, IEnumerable<(int Actual, int Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(pairs);
        Classes = classes;
        _confusion = new int[classes.Count, classes.Count];
        foreach (var (actual, predicted) in pairs)
        {
            _confusion[actual, predicted]++;
            Count++;
        }
    }

    public IReadOnlyList<string> Classes { get; }

    public int Count { get; }

    public double Accuracy => Count == 0 ? 0 : Enumerable.Range(0, Classes.Count).Sum(k => _confusion[k, k]) / (double)Count;

    public double MacroF1 => Enumerable.Range(0, Classes.Count).Average(F1);

    public int Cell(int actual, int predicted) => _confusion[actual, predicted];

    public double Precision(int k)
    {
        var predicted = Enumerable.Range(0, Classes.Count).Sum(a => _confusion[a, k]);
        return predicted == 0 ? 0 : _confusion[k, k] / (double)predicted;
    }

    public double Recall(int k)
    {
        var actual = Enumerable.Range(0, Classes.Count).Sum(p => _confusion[k, p]);
        return actual == 0 ? 0 : _confusion[k, k] / (double)actual;
    }

    public double F1(int k)
    {
        var (p, r) = (Precision(k), Recall(k));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public IReadOnlyList<IReadOnlyList<int>> ConfusionRows() =>
        [.. Enumerable.Range(0, Classes.Count).Select(a => (IReadOnlyList<int>)[.. Enumerable.Range(0, Classes.Count).Select(p => _confusion[a, p])])];

    /// <summary>Area under the ROC curve of <paramref name="scores"/> for positives (ties count half).</summary>
    public static double Auc(IReadOnlyList<(double Score, bool Positive)> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.OrderBy(s => s.Score).ToArray();
        double rankSum = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var end = i;
            while (end < sorted.Length && sorted[end].Score == sorted[i].Score)
            {
                end++;
            }

            var averageRank = (i + end + 1) / 2.0;
            rankSum += averageRank * sorted[i..end].Count(s => s.Positive);
            i = end;
        }

        var positives = sorted.Count(s => s.Positive);
        var negatives = sorted.Length - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
