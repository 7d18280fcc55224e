using System.Text;
using JobTagger.Domain.Crawling;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Crawling.Frontier;
using JobTagger.Ingest.Crawling.Http;
using JobTagger.Ingest.Crawling.Robots;
using JobTagger.Ingest.Crawling.Sitemaps;

namespace JobTagger.Ingest.Crawling;

/// <summary>What a worker does with each kind of target.</summary>
internal sealed partial class CrawlRun
{
    private Task ProcessAsync(CrawlTarget target, CancellationToken cancellationToken) => target.Kind switch
    {
        CrawlTargetKind.SiteRoot => ProcessRootAsync(target.Url, cancellationToken),
        CrawlTargetKind.Sitemap => ProcessUrlAsync(target.Url, useValidators: false, cancellationToken),
        _ => ProcessUrlAsync(target.Url, useValidators: true, cancellationToken),
    };

    // A bare site root: the sitemaps robots.txt names, else /sitemap.xml, else the root page and its job links.
    private async Task ProcessRootAsync(Uri root, CancellationToken cancellationToken)
    {
        var policy = await PolicyForAsync(root, cancellationToken);
        if (policy is { Sitemaps.Count: > 0 })
        {
            foreach (var sitemap in policy.Sitemaps)
            {
                await AdmitAsync(new CrawlTarget(sitemap, CrawlTargetKind.Sitemap), cancellationToken);
            }

            return;
        }

        var probe = new Uri(root, "/sitemap.xml");
        if (policy?.IsAllowed(probe) != false)
        {
            var result = await _fetcher.FetchAsync(probe, ConditionalHeaders.None, PipelineForAsync, CheckHopAsync, cancellationToken);
            if (result.Status == FetchStatus.Ok && SitemapReader.Read(result.Body, result.FinalUrl, out _) is { } document)
            {
                await SaveAsync(Record(probe, CrawlOutcome.NotAJobPage, result, await AdmitSitemapAsync(document, cancellationToken)), cancellationToken);
                return;
            }
        }

        // No sitemap (a probe that failed is not an outcome of its own): read the root page for job links.
        await AdmitAsync(new CrawlTarget(root, CrawlTargetKind.Page), cancellationToken);
    }

    private async Task ProcessUrlAsync(Uri url, bool useValidators, CancellationToken cancellationToken)
    {
        var policy = await PolicyForAsync(url, cancellationToken);
        if (policy is not null && !policy.IsAllowed(url))
        {
            await SaveAsync(NewRecord(url) with { Outcome = CrawlOutcome.DisallowedByRobots, Reason = Disallowed(url, policy) }, cancellationToken);
            return;
        }

        var previous = await _ledger.GetAsync(url, cancellationToken);
        var validators = useValidators && previous is not null
            ? new ConditionalHeaders(previous.ETag, previous.LastModified)
            : ConditionalHeaders.None;
        var result = await _fetcher.FetchAsync(url, validators, PipelineForAsync, CheckHopAsync, cancellationToken);
        var record = previous ?? NewRecord(url);
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                await SaveAsync(record with { Outcome = CrawlOutcome.Unchanged, Status = 304, Reason = null, Attempts = result.Attempts, UpdatedAt = _ledger.Now }, cancellationToken);
                break;
            case FetchStatus.Refused:
                await SaveAsync(Record(url, result.RefusedAs, result, result.Reason), cancellationToken);
                break;
            case FetchStatus.Failed:
                // The old validators stay: the copy we had is still the one we have.
                await SaveAsync(record with { Outcome = CrawlOutcome.Failed, Status = (int?)result.HttpStatus, Reason = result.Reason, Attempts = result.Attempts, UpdatedAt = _ledger.Now }, cancellationToken);
                break;
            default:
                await HandleBodyAsync(url, result, cancellationToken);
                break;
        }
    }

    private async Task HandleBodyAsync(Uri url, FetchResult result, CancellationToken cancellationToken)
    {
        var media = result.MediaType;
        if (media is "text/html" or "application/xhtml+xml" || (media is null && !LooksLikeXml(result.Body)))
        {
            await HandlePageAsync(url, result, cancellationToken);
            return;
        }

        if (media is null || media.EndsWith("xml", StringComparison.Ordinal) || media.Contains("gzip", StringComparison.Ordinal)
            || (media == "application/octet-stream" && SitemapReader.IsGzip(result.Body)))
        {
            var document = SitemapReader.Read(result.Body, result.FinalUrl, out var problem);
            var reason = document is null ? problem : await AdmitSitemapAsync(document, cancellationToken);
            await SaveAsync(Record(url, CrawlOutcome.NotAJobPage, result, reason), cancellationToken);
            return;
        }

        await SaveAsync(Record(url, CrawlOutcome.NotAJobPage, result, $"content type {media} is not an HTML page"), cancellationToken);
    }

    private async Task HandlePageAsync(Uri url, FetchResult result, CancellationToken cancellationToken)
    {
        var html = Decode(result.Body, result.CharSet);
        foreach (var link in LinkExtractor.Extract(html, result.FinalUrl))
        {
            if (JobLinkFilter.LooksLikeJobPage(link) && JobLinkFilter.IsInScope(link, _seedHosts, _options.AllHosts))
            {
                await AdmitAsync(new CrawlTarget(link, CrawlTargetKind.Page), cancellationToken);
            }
        }

        var extracted = _reader.Extract(html, result.FinalUrl, new SourceLocation(url.AbsoluteUri));
        if (extracted.Posting is { } posting)
        {
            var stored = Record(url, CrawlOutcome.Stored, result, null) with { PostingId = posting.Id };
            await _postings.Writer.WriteAsync(new CrawledPosting(extracted, stored), cancellationToken);
            return;
        }

        await SaveAsync(Record(url, CrawlOutcome.NotAJobPage, result, extracted.Reject?.Reason ?? "no posting on the page"), cancellationToken);
    }

    private async Task<string> AdmitSitemapAsync(SitemapDocument document, CancellationToken cancellationToken)
    {
        foreach (var location in document.Locations)
        {
            if (document.IsIndex)
            {
                await AdmitAsync(new CrawlTarget(location, CrawlTargetKind.Sitemap), cancellationToken);
            }
            else if (JobLinkFilter.IsInScope(location, _seedHosts, _options.AllHosts))
            {
                // A sitemap is the site's own list of pages: its entries need not look like job URLs.
                await AdmitAsync(new CrawlTarget(location, CrawlTargetKind.Page), cancellationToken);
            }
        }

        return document.IsIndex
            ? $"sitemap index of {document.Locations.Count} sitemaps"
            : $"sitemap of {document.Locations.Count} URLs";
    }

    private async Task<RobotsTxtPolicy?> PolicyForAsync(Uri url, CancellationToken cancellationToken) =>
        _options.IgnoreRobots ? null : await _robots.ForAsync(url, cancellationToken);

    private async ValueTask<HostPipeline> PipelineForAsync(Uri url, CancellationToken cancellationToken)
    {
        var policy = await PolicyForAsync(url, cancellationToken);
        return _pipelines.For(UrlNormalizer.HostKey(url), policy?.CrawlDelay);
    }

    private async ValueTask<HopRefusal?> CheckHopAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!JobLinkFilter.IsInScope(url, _seedHosts, _options.AllHosts))
        {
            return new HopRefusal(CrawlOutcome.NotAJobPage, $"redirected to another host ({url}); use --all-hosts to follow");
        }

        var policy = await PolicyForAsync(url, cancellationToken);
        return policy is not null && !policy.IsAllowed(url)
            ? new HopRefusal(CrawlOutcome.DisallowedByRobots, Disallowed(url, policy))
            : null;
    }

    private Task SaveAsync(CrawlRecord record, CancellationToken cancellationToken) => _ledger.SaveAsync(record, cancellationToken);

    private CrawlRecord Record(Uri url, CrawlOutcome outcome, FetchResult result, string? reason) => new()
    {
        Url = url.AbsoluteUri,
        Outcome = outcome,
        Status = (int?)result.HttpStatus,
        Reason = reason,
        ETag = result.ETag,
        LastModified = result.LastModified,
        Attempts = result.Attempts,
        UpdatedAt = _ledger.Now,
    };

    private static string Disallowed(Uri url, RobotsTxtPolicy policy) => $"robots.txt disallows {url.PathAndQuery} ({policy.Origin})";

    private static bool LooksLikeXml(byte[] body) =>
        SitemapReader.IsGzip(body) || Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith("<?xml", StringComparison.Ordinal);

    private static string Decode(byte[] body, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"', '\''));
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8 is the best guess for the web.
            }
        }

        using var reader = new StreamReader(new MemoryStream(body, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
