using System.Text.Json;
using HtmlAgilityPack;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Mapping;
using JobTagger.Ingest.SchemaOrg;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Extracts the posting from one job page: schema.org JobPosting in JSON-LD first, then microdata, then a fallback
/// that reads the title and main content block. A page with none of these is a reject, not an empty posting.
/// The crawler calls <see cref="Extract"/> for every page it fetches.
/// </summary>
internal sealed class JobPageExtractor
{
    /// <summary>The raw page kept with a reject is cut here: enough to see what the page was, not a whole site.</summary>
    private const int MaxRawLength = 64 * 1024;

    public IngestResult Extract(string html, Uri? pageUrl, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(where);
        var page = new HtmlDocument();
        page.LoadHtml(html);

        var source = pageUrl?.Host ?? where.Source;
        PostingDraft? draft;
        string method;
        if (JsonLdJobPostingFinder.Find(page) is { } jsonLd)
        {
            (draft, method) = (SchemaOrgJobPostingMapper.Map(jsonLd), "json-ld");
        }
        else if (MicrodataJobPostingReader.Find(page) is { } microdata)
        {
            (draft, method) = (SchemaOrgJobPostingMapper.Map(microdata), "microdata");
        }
        else
        {
            var (fallback, problem) = FallbackJobPageReader.Read(page);
            if (fallback is null)
            {
                return IngestResult.Rejected(where, problem!, Truncate(html));
            }

            (draft, method) = (fallback, "html-fallback");
        }

        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            // Some sites put only the facts in JSON-LD and leave the text to the page.
            draft.Description = FallbackJobPageReader.ReadDescription(page);
        }

        var pageAddress = pageUrl is null ? null : new UriBuilder(pageUrl) { Fragment = string.Empty }.Uri.AbsoluteUri;
        draft.Url ??= pageAddress;
        draft.Id ??= pageAddress;
        return draft.ToResult(source, method, where, Truncate(html));
    }

    /// <summary>Maps an already parsed schema.org JobPosting (for JSON files holding JSON-LD).</summary>
    public static IngestResult FromSchemaOrg(JsonElement posting, string source, SourceLocation where) =>
        SchemaOrgJobPostingMapper.Map(posting).ToResult(source, "json-ld", where, posting);

    private static string Truncate(string html) => html.Length <= MaxRawLength ? html : html[..MaxRawLength];
}
