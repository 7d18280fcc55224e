using System.Collections.Concurrent;
using System.Net;
using System.Text;
using JobTagger.Ingest.Crawling.Frontier;
using JobTagger.Ingest.Crawling.Http;

namespace JobTagger.Ingest.Crawling.Robots;

/// <summary>
/// Fetches each host's robots.txt once per crawl and keeps its policy. A 4xx (other than 429) means no robots.txt:
/// allow all. A 5xx, a 429 or an unreachable host means disallow all (RFC 9309 section 2.3.1.3 and 2.3.1.4).
/// </summary>
internal sealed class RobotsTxtCache(PageFetcher fetcher, HostPipelines pipelines, CrawlOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxtPolicy>>> _policies = new(StringComparer.Ordinal);

    public Task<RobotsTxtPolicy> ForAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = UrlNormalizer.HostKey(url);
        var robotsUrl = new Uri(url, "/robots.txt");
        return _policies.GetOrAdd(key, _ => new Lazy<Task<RobotsTxtPolicy>>(() => FetchAsync(robotsUrl, cancellationToken))).Value;
    }

    private async Task<RobotsTxtPolicy> FetchAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(
            robotsUrl, ConditionalHeaders.None, (_, _) => ValueTask.FromResult(pipelines.Robots), checkHop: null, cancellationToken);
        if (result.Status == FetchStatus.Ok)
        {
            var length = Math.Min(result.Body.Length, RobotsTxtParser.MaxBytes);
            var text = Encoding.UTF8.GetString(result.Body, 0, length);
            return RobotsTxtPolicy.Parse(text, options.ProductToken, robotsUrl);
        }

        var status = result.HttpStatus is { } code ? (int)code : 0;
        if (status is >= 400 and < 500 && result.HttpStatus != HttpStatusCode.TooManyRequests)
        {
            return RobotsTxtPolicy.AllowAll;
        }

        return RobotsTxtPolicy.DisallowAll($"{robotsUrl} unreachable ({result.Reason ?? "no answer"}): all disallowed");
    }
}
