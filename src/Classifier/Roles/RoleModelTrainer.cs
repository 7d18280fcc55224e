using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace JobTagger.Classifier.Roles;

/// <summary>
/// Trains the role model: k-fold cross-validation (metrics, and held-out scores for the posting calibration), then
/// the final model on all statements. Deterministic: <c>MLContext(seed: 1)</c>, one training thread, seeded folds.
/// </summary>
public sealed class RoleModelTrainer
{
    /// <summary>How many times the title counts compared with one description statement.</summary>
    public const double TitleWeight = 3;

    public RoleModelTrainer(int folds = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        Folds = folds;
    }

    public int Folds { get; }

    public RoleTrainingResult Train(RoleCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var statements = corpus.Statements;
        var classes = statements.Select(s => RoleFeaturization.ParseLabel(s.Label)).ToArray();
        var fold = AssignFolds(statements.Count);
        var heldOut = new StatementScores[statements.Count];
        for (var f = 0; f < Folds; f++)
        {
            var (model, schema) = Fit(Enumerable.Range(0, statements.Count).Where(i => fold[i] != f).Select(i => (statements[i].Text, classes[i])));
            var scorer = CompiledRoleScorer.Compile(model, schema);
            for (var i = 0; i < statements.Count; i++)
            {
                if (fold[i] == f)
                {
                    heldOut[i] = scorer.Score(statements[i].Text);
                }
            }
        }

        var crossValidation = RoleCrossValidationReport.From(Folds, classes, heldOut);
        var scale = PostingCalibrationFitter.FitScale(statements, classes, heldOut, TitleWeight);
        var (final, finalSchema) = Fit(statements.Select((s, i) => (s.Text, classes[i])));
        var metadata = new RoleModelMetadata
        {
            ModelVersion = "roles-" + corpus.Sha256[..12],
            TrainingDataSha256 = corpus.Sha256,
            MlNetVersion = MlNetVersion(),
            TrainingStatements = statements.Count,
            Calibration = new PostingCalibration(TitleWeight, Math.Round(scale, 6)),
            CrossValidation = crossValidation,
        };
        return new RoleTrainingResult(final, finalSchema, metadata);
    }

    /// <summary>Fits the featurization and the maximum-entropy trainer on <paramref name="rows"/>.</summary>
    internal static (ITransformer Model, DataViewSchema Schema) Fit(IEnumerable<(string Text, StatementClass Class)> rows)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => RoleFeaturization.ToInput(r.Text, r.Class)).ToList());
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = RoleFeaturization.LabelKeyColumn,
            FeatureColumnName = RoleFeaturization.FeatureColumn,
            L2Regularization = 0.05f,
            L1Regularization = 0.01f,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 500,
            NumberOfThreads = 1,
        });
        var model = RoleFeaturization.Build(ml).Append(RoleFeaturization.MapLabel(ml)).Append(trainer).Fit(data);
        return (model, data.Schema);
    }

    // Seeded shuffle, then round-robin: folds of equal size whatever the order of the file.
    private int[] AssignFolds(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(1).Shuffle(order);
        var fold = new int[count];
        for (var i = 0; i < count; i++)
        {
            fold[order[i]] = i % Folds;
        }

        return fold;
    }

    private static string MlNetVersion()
    {
        var version = typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
