using System.Runtime.CompilerServices;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Export;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Export;

// The CSV export writes stored rows without decoding them; these pin it to the bytes the decoded postings give.
public sealed class CsvStoredRowWriterTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private SqliteJobStore _store = null!;

    public async Task InitializeAsync() => _store = await _db.OpenAsync();

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Csv_StoredRows_SameBytesAsTheDecodedPostings()
    {
        var tricky = new SkillTag("ops-\"x\"", "Ops \"Lead\", \\ Straße 😀", "ops\nline", [new SkillEvidence(PostingField.Title, 0, 3, "a\tb")]);
        var bare = Postings.Tagged("c:3", title: "COO\r\nInterim", company: null, location: null, description: "Plain.") with { Role = null };
        await _store.StoreBatchAsync(
        [
            // Every field set; quoting in text fields; several skills.
            Postings.Tagged("a:1", title: "CEO, \"Founding\" Team", url: "https://jobs.example.com/1", sourceId: "1", isRemote: true,
                description: "Line one,\r\nline \"two\", café.", role: Role.Ceo, ceoProbability: 0.87654321,
                skills: [Postings.Fundraising, tricky]),
            // JSON escapes in every list column, an explanation without text.
            Postings.Tagged("b:2", title: "Director – Ops \\ \"Q\"", skills: tricky) with
            {
                Role = new RoleClassification
                {
                    Role = Role.Coo,
                    CeoProbability = 0.5,
                    ModelVersion = "m\"1",
                    Evidence = [new RoleEvidence(PostingField.Title, 0, 3, "Dir\"ector\n", 0.25), new RoleEvidence(PostingField.Description, 1, 2, string.Empty, 0.1)],
                },
            },
            // Unclassified, no company, place, salary, dates, URL or skills.
            bare with
            {
                Posting = bare.Posting with { Salary = null, PostedAt = null, ValidThrough = null, EmploymentType = null, SourceSkills = [] },
                Skills = [],
            },
            // A salary with only a maximum.
            Postings.Tagged("d:4", location: "Zürich") is var d
                ? d with { Posting = d.Posting with { Salary = new SalaryRange(null, 99.5m, null, "HOUR") } }
                : d,
        ], []);

        var (stored, count) = await ExportAsync(_store.ReadPostingsAsync());
        var (decoded, _) = await ExportAsync(Decoded(_store.ReadPostingsAsync()));

        var (ceoOnly, ceoCount) = await ExportAsync(_store.ReadPostingsAsync(new PostingFilter { Role = Role.Ceo }));
        var (ceoDecoded, _) = await ExportAsync(Decoded(_store.ReadPostingsAsync(new PostingFilter { Role = Role.Ceo })));

        Assert.Equal(decoded, stored);
        Assert.Equal(4, count);
        Assert.Equal(ceoDecoded, ceoOnly);
        Assert.Equal(1, ceoCount);
        Assert.Contains("\"Ops \"\"Lead\"\", \\ Straße 😀\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ManyPostings_EveryRowOnceInStoredOrder()
    {
        var ids = Enumerable.Range(0, 2500).Select(i => $"m:{i:D5}").ToList();
        foreach (var batch in ids.Chunk(500))
        {
            await _store.StoreBatchAsync(batch.Select(id => Postings.Tagged(id, description: $"Runs operations for {id}.")).ToList(), []);
        }

        await using var output = new MemoryStream();
        var count = await PostingExporter.For(ExportFormat.Csv).WriteAsync(_store.ReadPostingsAsync(), output);

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2500, count);
        Assert.Equal(ids, lines.Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Csv_CancelledWhileWriting_StopsWithCancellation()
    {
        await _store.StoreBatchAsync(Enumerable.Range(0, 1500).Select(i => Postings.Tagged($"x:{i}")).ToList(), []);
        using var cancel = new CancellationTokenSource();
        await using var output = new CancellingStream(cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            PostingExporter.For(ExportFormat.Csv).WriteAsync(_store.ReadPostingsAsync(), output, cancel.Token));
        Assert.True(output.Writes < 20);
    }

    [Fact]
    public async Task Csv_ReadingFails_TheErrorSurfacesAfterTheRowsBefore()
    {
        await using var output = new MemoryStream();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PostingExporter.For(ExportFormat.Csv).WriteAsync(Failing(300, failAt: 200), output));

        Assert.Equal("broken at 200", ex.Message);
    }

    private static async Task<(string Text, int Count)> ExportAsync(IAsyncEnumerable<PostingDetail> postings)
    {
        await using var writer = new StringWriter();
        var count = await PostingExporter.For(ExportFormat.Csv).WriteAsync(postings, writer);
        return (writer.ToString(), count);
    }

    // The same postings as a plain sequence, which the exporter formats from the decoded postings.
    private static async IAsyncEnumerable<PostingDetail> Decoded(IAsyncEnumerable<PostingDetail> postings)
    {
        await foreach (var posting in postings)
        {
            yield return posting;
        }
    }

    private static async IAsyncEnumerable<PostingDetail> Failing(int count, int failAt, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (i == failAt)
            {
                throw new InvalidOperationException($"broken at {i}");
            }

            await Task.Yield();
            yield return new PostingDetail(Postings.Tagged($"f:{i}"), []);
        }
    }

    // Cancels the export at its first write, as a user pressing Ctrl+C would.
    private sealed class CancellingStream(CancellationTokenSource cancel) : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            cancel.Cancel();
            base.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.ToArray(), 0, buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }
    }
}
