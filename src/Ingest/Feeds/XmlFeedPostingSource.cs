using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Mapping;

namespace JobTagger.Ingest.Feeds;

/// <summary>
/// An XML file: a job feed in the <c>&lt;source&gt;&lt;job&gt;...&lt;/job&gt;&lt;/source&gt;</c> shape, or an RSS 2.0 /
/// Atom feed of postings (decided by the root element). Read with <see cref="XmlReader"/> one posting element at a
/// time. A bad posting is a reject with its line; malformed XML (or a DTD, which is refused) ends the file with a reject.
/// </summary>
internal sealed class XmlFeedPostingSource(string name, Func<Stream> openFile) : IPostingSource
{
    public string Name => name;

    public async IAsyncEnumerable<IngestResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = XmlReader.Create(openFile(), SafeXmlReaderSettings.Create());
        string? root = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (result, done) = await NextAsync(reader, root, cancellationToken);
            if (result is not null)
            {
                yield return result;
            }

            if (done)
            {
                yield break;
            }

            root ??= reader.NodeType == XmlNodeType.Element ? reader.LocalName : null;
        }
    }

    /// <summary>Advances to and reads the next posting element; a malformed document becomes a final reject.</summary>
    private async Task<(IngestResult? Result, bool Done)> NextAsync(XmlReader reader, string? root, CancellationToken cancellationToken)
    {
        try
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth == 0 || !IsPosting(reader.LocalName, root))
            {
                return (null, !await reader.ReadAsync());
            }

            var line = ((IXmlLineInfo)reader).LineNumber;
            var where = new SourceLocation(Name, line);
            var element = (XElement)await XNode.ReadFromAsync(reader, cancellationToken);
            try
            {
                return (Map(element, root, where), false);
            }
            catch (XmlException e)
            {
                // The element itself was well-formed XML; only its RSS/Atom content was not.
                return (IngestResult.Rejected(where, $"unreadable feed item: {e.Message}", element.ToString()), false);
            }
        }
        catch (XmlException e)
        {
            var reason = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? $"refused: the feed declares a DTD, which is not allowed ({e.Message})"
                : $"malformed XML, rest of file skipped: {e.Message}";
            return (IngestResult.Rejected(new SourceLocation(Name, e.LineNumber), reason, string.Empty), true);
        }
    }

    private static bool IsPosting(string localName, string? root) => root switch
    {
        "rss" or "RDF" => localName == "item",
        "feed" => localName == "entry",
        _ => string.Equals(localName, "job", StringComparison.OrdinalIgnoreCase),
    };

    private IngestResult Map(XElement element, string? root, SourceLocation where)
    {
        var raw = element.ToString(SaveOptions.DisableFormatting);
        if (raw.Length > SafeXmlReaderSettings.MaxCharactersPerPosting)
        {
            return IngestResult.Rejected(where, $"posting element larger than {SafeXmlReaderSettings.MaxCharactersPerPosting} characters", raw[..4096]);
        }

        return root switch
        {
            "rss" or "RDF" => SyndicationItemMapper.Map(element, atom: false).ToResult(Name, "rss", where, raw),
            "feed" => SyndicationItemMapper.Map(element, atom: true).ToResult(Name, "atom", where, raw),
            _ => FlatRecordMapper.Map(element.Elements().Select(e => new KeyValuePair<string, string?>(e.Name.LocalName, e.Value)))
                .ToResult(Name, "xml-feed", where, raw),
        };
    }
}
