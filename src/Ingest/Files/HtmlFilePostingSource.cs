using System.Runtime.CompilerServices;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Html;

namespace JobTagger.Ingest.Files;

/// <summary>A saved job page (<c>.html</c>, <c>.htm</c>): one posting, or a reject when the page is not a job posting.</summary>
internal sealed class HtmlFilePostingSource(string name, Func<Stream> openFile) : IPostingSource
{
    public string Name => name;

    public async IAsyncEnumerable<IngestResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string html;
        await using (var stream = openFile())
        using (var reader = new StreamReader(stream))
        {
            html = await reader.ReadToEndAsync(cancellationToken);
        }

        yield return new JobPageExtractor().Extract(html, null, new SourceLocation(Name));
    }
}
