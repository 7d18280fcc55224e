using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>Scores a <see cref="RoleClassifier"/> on labelled postings, with baselines and calibration error.</summary>
public sealed class RoleEvaluator(RoleClassifier classifier)
{
    private static readonly IReadOnlyList<string> Classes = ["coo", "ceo"];

    public RoleEvaluationReport Evaluate(LabelledPostingFile file, bool descriptionOnly)
    {
        ArgumentNullException.ThrowIfNull(file);
        var postings = file.Postings;
        var results = postings
            .Select(p => classifier.Classify(descriptionOnly ? string.Empty : p.Title, p.Description))
            .ToArray();
        var actual = postings.Select(p => (int)p.Label).ToArray();
        var majority = actual.Count(a => a == (int)Role.Ceo) > actual.Length / 2.0 ? Role.Ceo : Role.Coo;
        var misclassified = postings
            .Select((p, i) => (p, r: results[i]))
            .Where(x => x.r.Role != x.p.Label)
            .Select(x => $"{x.p.Location}: {x.p.Id} '{x.p.Title}' is {Name(x.p.Label)}, predicted {Name(x.r.Role)} (P(ceo) = {x.r.CeoProbability:F2})")
            .ToArray();
        return new RoleEvaluationReport(
            classifier.ModelVersion,
            descriptionOnly,
            postings.Count,
            Score("model", actual, results.Select(r => (int)r.Role)),
            ExpectedCalibrationError(results.Select(r => r.CeoProbability).ToArray(), actual),
            Score($"majority ({Name(majority)})", actual, actual.Select(_ => (int)majority)),
            Score("keyword count", actual, postings.Select(p => (int)KeywordCountBaseline.Predict(
                descriptionOnly ? p.Description : p.Title + "\n" + p.Description))),
            file.Skipped,
            misclassified);
    }

    internal static double ExpectedCalibrationError(double[] probabilities, int[] actual, int bins = 10)
    {
        var error = 0.0;
        for (var b = 0; b < bins; b++)
        {
            var members = Enumerable.Range(0, probabilities.Length)
                .Where(i => Math.Min(bins - 1, (int)(probabilities[i] * bins)) == b)
                .ToArray();
            if (members.Length > 0)
            {
                var gap = members.Average(i => probabilities[i]) - members.Average(i => actual[i] == (int)Role.Ceo ? 1.0 : 0.0);
                error += members.Length / (double)probabilities.Length * Math.Abs(gap);
            }
        }

        return error;
    }

    private static PredictorScores Score(string name, int[] actual, IEnumerable<int> predicted) =>
        PredictorScores.From(name, new ClassificationMetrics(Classes, actual.Zip(predicted)));

    private static string Name(Role role) => role == Role.Ceo ? "ceo" : "coo";
}
