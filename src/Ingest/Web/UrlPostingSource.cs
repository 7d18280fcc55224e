using System.Runtime.CompilerServices;
using System.Text;
using JobTagger.Domain.Errors;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Html;

namespace JobTagger.Ingest.Web;

/// <summary>
/// One job page fetched with a plain GET (a timeout, a size cap) and extracted. The resilient, polite crawler lives in
/// Crawling; this is for `ingest https://...` of a single page.
/// </summary>
internal sealed class UrlPostingSource(Uri url, HttpClient client) : IPostingSource
{
    public const int MaxPageBytes = 5 * 1024 * 1024;

    public string Name => url.AbsoluteUri;

    public async IAsyncEnumerable<IngestResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var where = new SourceLocation(url.AbsoluteUri);
        string html;
        try
        {
            html = await FetchAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidDataException && !cancellationToken.IsCancellationRequested)
        {
            throw JobTaggerException.Unreadable(url.AbsoluteUri, e);
        }

        yield return new JobPageExtractor().Extract(html, url, where);
    }

    private async Task<string> FetchAsync(CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxPageBytes)
            {
                throw new InvalidDataException($"page larger than {MaxPageBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        var charset = response.Content.Headers.ContentType?.CharSet;
        var encoding = charset is null ? Encoding.UTF8 : SafeEncoding(charset);
        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Encoding SafeEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
