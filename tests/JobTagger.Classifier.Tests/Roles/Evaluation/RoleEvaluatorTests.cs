using JobTagger.Classifier.Roles;
using JobTagger.Classifier.Roles.Evaluation;

namespace JobTagger.Classifier.Tests.Roles.Evaluation;

public sealed class RoleEvaluatorTests
{
    [Fact]
    public void Evaluate_FixturePostings_ScoresModelAndBaselines()
    {
        var file = LabelledPostingReader.Read(Path.Combine(AppContext.BaseDirectory, "Roles", "Fixtures", "evaluation", "postings.jsonl"));

        var report = new RoleEvaluator(RoleClassifier.LoadBundled()).Evaluate(file, descriptionOnly: true);

        Assert.Equal(4, report.Postings);
        Assert.Equal(1.0, report.Model.Accuracy);
        Assert.Equal(0.5, report.MajorityBaseline.Accuracy);
        Assert.Equal(["coo", "ceo"], report.Model.Classes.Select(c => c.Class));
        Assert.Equal(2, report.Model.Confusion[0][0]);
        Assert.Empty(report.Misclassified);
        Assert.Equal(2, report.Skipped.Count);
    }

    [Fact]
    public void ExpectedCalibrationError_KnownBins_IsTheWeightedGap()
    {
        // Bin 0.9-1.0: mean 0.9, all CEO (gap 0.1); bin 0.1-0.2: mean 0.1, half CEO (gap 0.4). Weights 2/4 each.
        var error = RoleEvaluator.ExpectedCalibrationError([0.9, 0.9, 0.1, 0.1], [1, 1, 1, 0]);

        Assert.Equal(0.25, error, 10);
    }
}
