using JobTagger.Classifier.Roles.Evaluation;
using JobTagger.Domain.Errors;
using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Tests.Roles.Evaluation;

public sealed class LabelledPostingReaderTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Roles", "Fixtures", "evaluation");

    [Fact]
    public void Read_JsonlWithBadLines_SkipsThemWithFileAndLine()
    {
        var path = Path.Combine(Fixtures, "postings.jsonl");

        var file = LabelledPostingReader.Read(path);

        Assert.Equal(["a1", "a2", "a4", "a6"], file.Postings.Select(p => p.Id));
        Assert.Equal(Role.Ceo, file.Postings[1].Label);
        Assert.Equal(2, file.Skipped.Count);
        Assert.StartsWith($"{path}:3: malformed JSON", file.Skipped[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}:5: label 'boss' is not coo or ceo", file.Skipped[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvWithQuotedLineBreaks_ReadsRecords()
    {
        var path = Path.Combine(Fixtures, "postings.csv");

        var file = LabelledPostingReader.Read(path);

        Assert.Equal(2, file.Postings.Count);
        Assert.Equal("Manage scheduling, inventory and\nstaffing for the plant.", file.Postings[0].Description);
        Assert.Contains("\"for growth\"", file.Postings[1].Description, StringComparison.Ordinal);
        Assert.Equal($"{path}:4", file.Postings[1].Location);
        Assert.True(file.Skipped.Count == 1, string.Join(" | ", file.Skipped));
        Assert.Equal($"{path}:5: 3 fields, the header has 4", file.Skipped[0]);
    }

    [Fact]
    public void Read_LabelsFromSeparateFile_MatchesById()
    {
        var file = LabelledPostingReader.Read(Path.Combine(Fixtures, "unlabelled.jsonl"), Path.Combine(Fixtures, "labels.tsv"));

        Assert.Equal([Role.Coo, Role.Ceo], file.Postings.Select(p => p.Label));
        Assert.Contains("no label (id l3)", file.Skipped[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileWithoutLabelledPostings_Throws()
    {
        var error = Assert.Throws<JobTaggerException>(() => LabelledPostingReader.Read(Path.Combine(Fixtures, "unlabelled.jsonl")));

        Assert.Contains("no labelled postings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysSo()
    {
        var error = Assert.Throws<JobTaggerException>(() => LabelledPostingReader.Read(Path.Combine(Fixtures, "nope.jsonl")));

        Assert.EndsWith("nope.jsonl: no such file or folder", error.Message, StringComparison.Ordinal);
    }
}
