using JobTagger.Classifier.Roles;

namespace JobTagger.Classifier.Tests.Roles;

public sealed class RoleModelTrainerTests
{
    private static readonly string SmallCorpus = Path.Combine(AppContext.BaseDirectory, "Roles", "Fixtures", "small-corpus");

    [Fact]
    public void Train_SameCorpusTwice_GivesTheSameModel()
    {
        var corpus = RoleCorpus.Load(SmallCorpus);

        var first = new RoleModelTrainer(folds: 3).Train(corpus);
        var second = new RoleModelTrainer(folds: 3).Train(corpus);

        Assert.Equal(first.Metadata, second.Metadata with { CrossValidation = first.Metadata.CrossValidation });
        Assert.Equal(first.Metadata.CrossValidation.Accuracy, second.Metadata.CrossValidation.Accuracy);
        var a = first.CreateClassifier().Scorer.Statements;
        var b = second.CreateClassifier().Scorer.Statements;
        Assert.Equal(a.FeatureCount, b.FeatureCount);
        foreach (var statement in RoleTestStatements.Many())
        {
            Assert.Equal(a.Score(statement), b.Score(statement));
        }
    }

    [Fact]
    public void Save_SameTrainingTwice_WritesTheSameBytes()
    {
        var corpus = RoleCorpus.Load(SmallCorpus);
        var folder = Directory.CreateTempSubdirectory("roles-bytes-");
        try
        {
            var first = Path.Combine(folder.FullName, "a.zip");
            var second = Path.Combine(folder.FullName, "b.zip");
            new RoleModelTrainer(folds: 2).Train(corpus).Save(first);
            new RoleModelTrainer(folds: 2).Train(corpus).Save(second);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            Assert.Equal(File.ReadAllText(Path.ChangeExtension(first, ".json")), File.ReadAllText(Path.ChangeExtension(second, ".json")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Train_SmallCorpus_LearnsBothSidesAndWritesMetadata()
    {
        var corpus = RoleCorpus.Load(SmallCorpus);
        var result = new RoleModelTrainer(folds: 3).Train(corpus);
        var folder = Directory.CreateTempSubdirectory("roles-train-");
        try
        {
            var path = Path.Combine(folder.FullName, "model.zip");
            result.Save(path);
            var loaded = RoleClassifier.Load(path);

            Assert.Equal(result.Metadata.ModelVersion, loaded.ModelVersion);
            Assert.Equal("roles-" + corpus.Sha256[..12], loaded.ModelVersion);
            Assert.Equal(corpus.Statements.Count, loaded.Metadata.TrainingStatements);
            Assert.Equal(3, loaded.Metadata.CrossValidation.Folds);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "model.json")));
            var coo = loaded.Classify(string.Empty, "Oversee day-to-day operations and the operating budget.");
            var ceo = loaded.Classify(string.Empty, "Set the vision and long-term strategy with the board of directors.");
            Assert.True(coo.CeoProbability < ceo.CeoProbability);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_CorpusWithBadLine_SaysFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("roles-bad-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "corpus.tsv"), "label\ttext\ncoo\tRun operations.\nboss\tSomething\n");

            var error = Assert.Throws<Domain.Errors.JobTaggerException>(() => RoleCorpus.Load(folder.FullName));

            Assert.Contains("corpus.tsv:3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
