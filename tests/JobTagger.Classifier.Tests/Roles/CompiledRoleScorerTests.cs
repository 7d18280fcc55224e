using JobTagger.Classifier.Roles;
using Microsoft.ML;

namespace JobTagger.Classifier.Tests.Roles;

public sealed class CompiledRoleScorerTests
{
    [Fact]
    public void Score_BundledModel_EqualsMlNetPredictionEngine()
    {
        var ml = new MLContext(seed: 1);
        using var stream = typeof(RoleClassifier).Assembly.GetManifestResourceStream(RoleClassifier.BundledModel)!;
        var model = ml.Model.Load(stream, out var schema);
        var compiled = CompiledRoleScorer.Compile(model, schema);
        var engine = ml.Model.CreatePredictionEngine<StatementInput, StatementPrediction>(model, inputSchema: schema);

        var statements = RoleTestStatements.Many().ToArray();
        Assert.True(statements.Length >= 300);
        foreach (var statement in statements)
        {
            var expected = engine.Predict(RoleFeaturization.ToInput(statement, StatementClass.Coo)).Score;
            var actual = compiled.Score(statement);
            Assert.True(Math.Abs(expected[0] - actual.Coo) < 1e-4, $"coo {expected[0]} vs {actual.Coo}: {statement}");
            Assert.True(Math.Abs(expected[1] - actual.Ceo) < 1e-4, $"ceo {expected[1]} vs {actual.Ceo}: {statement}");
            Assert.True(Math.Abs(expected[2] - actual.Neutral) < 1e-4, $"neutral {expected[2]} vs {actual.Neutral}: {statement}");
        }
    }

    [Fact]
    public void Score_BritishSpelling_ScoresLikeAmericanSpelling()
    {
        var scorer = RoleClassifier.LoadBundled().Scorer.Statements;

        var british = scorer.Score("Optimise the organisation's programmes and labour costs.");
        var american = scorer.Score("Optimize the organizations programs and labor costs.");

        Assert.Equal(american.Ceo, british.Ceo, 12);
        Assert.Equal(american.Coo, british.Coo, 12);
    }
}
