using JobTagger.Classifier.Roles;
using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Tests.Roles;

public sealed class RoleClassifierTests
{
    private static readonly RoleClassifier Classifier = RoleClassifier.LoadBundled();

    // Our own paraphrases of the kinds of duties an article comparing the two roles lists for each side.
    public static TheoryData<string> OperationsDescriptions => new()
    {
        // The core operations list: efficiency, processes, resources.
        "Improve operational efficiency across the business.\nWork with department heads to streamline processes and allocate resources well.\nLead continuous improvement so the company runs at full capacity.",
        // The finance side of the job, next to the CFO.
        "Partner with the CFO to manage budgets and track financial performance.\nWatch the key financial metrics every month and keep spending on plan.",
        // Running the departments day to day and executing someone else's vision.
        "Oversee the day-to-day operations of every department.\nTurn the CEO's vision into plans that get executed on time.\nCoordinate teams, manage budgets and keep operations efficient.",
    };

    public static TheoryData<string> StrategyDescriptions => new()
    {
        // Vision and direction, answering to the board and shareholders.
        "Set the overall vision and strategic direction of the company.\nAnswer to the board of directors and shareholders for its performance.\nOwn long-term planning and the growth of the business.",
        // External relationships: partners, investors, the public face.
        "Build key partnerships and relationships with investors.\nAct as the public face of the company with the media and the community.",
        // Culture and the big decisions at the top.
        "Shape the company's culture and make the final decisions on strategy.\nLead the organization's long-term growth and profitability.",
    };

    // Boilerplate that says nothing about either role.
    public static TheoryData<string> BoilerplateDescriptions => new()
    {
        // Benefits and pay.
        "We offer medical, dental and vision insurance.\nSalary: $90,000 - $120,000.\nGenerous paid time off.",
        // Equal opportunity and how to apply.
        "We are an equal opportunity employer.\nTo apply, send your resume and a cover letter.\nApplications are reviewed on a rolling basis.",
        // Location, hours and generic requirements.
        "Location: Chicago, IL (hybrid).\nFull-time, Monday to Friday.\nExcellent communication skills and attention to detail.",
    };

    [Theory]
    [MemberData(nameof(OperationsDescriptions))]
    public void Classify_OperationsDuties_IsCooLike(string description)
    {
        var result = Classifier.Classify(string.Empty, description);

        Assert.Equal(Role.Coo, result.Role);
        Assert.True(result.CeoProbability < 0.3, $"P(ceo) = {result.CeoProbability}");
    }

    [Theory]
    [MemberData(nameof(StrategyDescriptions))]
    public void Classify_StrategyDuties_IsCeoLike(string description)
    {
        var result = Classifier.Classify(string.Empty, description);

        Assert.Equal(Role.Ceo, result.Role);
        Assert.True(result.CeoProbability > 0.7, $"P(ceo) = {result.CeoProbability}");
    }

    [Theory]
    [MemberData(nameof(BoilerplateDescriptions))]
    public void Classify_BoilerplateOnly_StaysNearHalf(string description)
    {
        var result = Classifier.Classify(string.Empty, description);

        Assert.InRange(result.CeoProbability, 0.35, 0.65);
    }

    [Theory]
    [InlineData("Chief Operating Officer", Role.Coo)]
    [InlineData("Director of Operations", Role.Coo)]
    [InlineData("Chief Executive Officer", Role.Ceo)]
    [InlineData("Executive Director", Role.Ceo)]
    public void Classify_TitleWithBoilerplate_FollowsTheTitle(string title, Role expected)
    {
        var result = Classifier.Classify(title, "We offer a 401(k) match.\nThis role is remote.");

        Assert.Equal(expected, result.Role);
    }

    [Fact]
    public void Classify_Evidence_QuotesTheInputWithOffsets()
    {
        const string title = "Director of Operations";
        const string description = "About us: we are a community clinic.\n• Manage the operating budget and vendor contracts.\n• Present the strategic plan to the board of directors.Benefits: dental.";

        var result = Classifier.Classify(title, description);

        Assert.NotEmpty(result.Evidence);
        Assert.True(result.Evidence.Count <= 8);
        foreach (var evidence in result.Evidence)
        {
            var field = evidence.Field == PostingField.Title ? title : description;
            Assert.Equal(field.Substring(evidence.Start, evidence.Length), evidence.Text);
        }

        Assert.Contains(result.Evidence, e => e.Text == "Manage the operating budget and vendor contracts." && e.Weight < 0);
        Assert.Contains(result.Evidence, e => e.Text == "Present the strategic plan to the board of directors." && e.Weight > 0);
        var weights = result.Evidence.Select(e => Math.Abs(e.Weight)).ToArray();
        Assert.Equal(weights.OrderDescending(), weights);
    }

    [Fact]
    public void Enrich_SetsTheRoleWithTheModelVersion()
    {
        var posting = new TaggedPosting(new JobPosting { Id = "t:1", Source = "test", Title = "COO", Description = "Run daily operations." });

        var enriched = Classifier.Enrich(posting);

        Assert.Equal(Role.Coo, enriched.Role!.Role);
        Assert.Equal(Classifier.ModelVersion, enriched.Role.ModelVersion);
        Assert.StartsWith("roles-", Classifier.ModelVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_FromSeveralThreads_GivesTheSameAnswers()
    {
        var inputs = new[] { OperationsDescriptions, StrategyDescriptions, BoilerplateDescriptions }
            .SelectMany(data => ((IEnumerable<object[]>)data).Select(row => (string)row[0]))
            .ToArray();
        var expected = inputs.Select(d => Classifier.Classify("Operations Manager", d).CeoProbability).ToArray();

        var parallel = new double[inputs.Length * 50];
        Parallel.For(0, parallel.Length, i => parallel[i] = Classifier.Classify("Operations Manager", inputs[i % inputs.Length]).CeoProbability);

        Assert.All(Enumerable.Range(0, parallel.Length), i => Assert.Equal(expected[i % inputs.Length], parallel[i]));
    }

    [Fact]
    public void Metadata_CarriesDataHashVersionsAndMetrics()
    {
        var metadata = Classifier.Metadata;

        Assert.Equal(64, metadata.TrainingDataSha256.Length);
        Assert.StartsWith("5.0", metadata.MlNetVersion, StringComparison.Ordinal);
        Assert.InRange(metadata.CrossValidation.MacroF1, 0.5, 1.0);
        Assert.True(metadata.Calibration.Scale > 0);
    }
}
