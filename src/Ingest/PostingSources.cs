using JobTagger.Domain.Errors;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Feeds;
using JobTagger.Ingest.Files;
using JobTagger.Ingest.Web;

namespace JobTagger.Ingest;

/// <summary>Opens the sources an <c>ingest</c> argument names: a file, a folder, <c>-</c> for standard input, or a URL.</summary>
public static class PostingSources
{
    /// <summary>The extensions a folder is searched for, and the formats a file can have.</summary>
    public const string SupportedFormats = ".jsonl, .ndjson, .json, .jsonld, .csv, .html, .htm, .xml, .rss, .atom, - (stdin), http(s) URL";

    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);
    private static readonly Lazy<HttpClient> Client = new(() => new HttpClient { Timeout = PageTimeout });

    /// <summary>
    /// The sources for <paramref name="argument"/>: one for a file or URL, one per supported file (recursively, in
    /// ordinal path order) for a folder, JSON lines from <paramref name="standardInput"/> for <c>-</c>.
    /// </summary>
    /// <exception cref="JobTaggerException">The path does not exist, or a file's format is not supported.</exception>
    public static IEnumerable<IPostingSource> Open(string argument, TextReader standardInput)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(argument);
        ArgumentNullException.ThrowIfNull(standardInput);
        if (argument == "-")
        {
            return [new JsonLinesPostingSource("stdin", standardInput)];
        }

        if (Uri.TryCreate(argument, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return [new UrlPostingSource(url, Client.Value)];
        }

        if (Directory.Exists(argument))
        {
            return Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                .Where(f => ForFile(f) is not null)
                .Order(StringComparer.Ordinal)
                .Select(f => ForFile(f)!)
                .ToArray();
        }

        if (!File.Exists(argument))
        {
            throw JobTaggerException.FileNotFound(argument);
        }

        return [ForFile(argument) ?? throw JobTaggerException.UnsupportedFormat(argument, SupportedFormats)];
    }

    private static IPostingSource? ForFile(string path)
    {
        var name = Path.GetFileName(path);
        Stream OpenFile() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => new JsonLinesPostingSource(name, OpenFile),
            ".json" or ".jsonld" => new JsonFilePostingSource(name, OpenFile),
            ".csv" => new CsvPostingSource(name, OpenFile),
            ".html" or ".htm" => new HtmlFilePostingSource(name, OpenFile),
            ".xml" or ".rss" or ".atom" => new XmlFeedPostingSource(name, OpenFile),
            _ => null,
        };
    }
}
