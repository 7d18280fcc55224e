using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using JobTagger.Ingest.Html;
using JobTagger.Ingest.Mapping;

namespace JobTagger.Ingest.Feeds;

/// <summary>
/// Maps an RSS 2.0 item or Atom entry to a draft with System.ServiceModel.Syndication's formatters. Job boards put
/// company and location in extension elements (<c>&lt;job:company&gt;</c>, <c>&lt;location&gt;</c>); those are
/// recognised by name like flat columns.
/// </summary>
internal static class SyndicationItemMapper
{
    public static PostingDraft Map(XElement element, bool atom)
    {
        SyndicationItemFormatter formatter = atom ? new Atom10ItemFormatter() : new Rss20ItemFormatter();
        var settings = SafeXmlReaderSettings.Create();
        settings.Async = false;
        using (var reader = XmlReader.Create(new StringReader(element.ToString(SaveOptions.DisableFormatting)), settings))
        {
            reader.MoveToContent();
            formatter.ReadFrom(reader);
        }

        var item = formatter.Item;
        var ownNamespace = element.Name.Namespace;
        var extensions = element.Elements()
            .Where(e => e.Name.Namespace != ownNamespace)
            .Select(e => new KeyValuePair<string, string?>(e.Name.LocalName, e.Value));
        var draft = FlatRecordMapper.Map(extensions);
        var content = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        draft.Title = HtmlText.ToPlainText(item.Title?.Text) ?? draft.Title;
        draft.Description = HtmlText.ToPlainText(content) ?? draft.Description;
        draft.Url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri.ToString() ?? draft.Url;
        draft.Id = string.IsNullOrWhiteSpace(item.Id) ? draft.Id ?? draft.Url : item.Id;
        draft.Company ??= item.Authors.Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        draft.PostedAt = item.PublishDate != default ? item.PublishDate
            : item.LastUpdatedTime != default ? item.LastUpdatedTime
            : draft.PostedAt;
        draft.OccupationalCategory ??= item.Categories.Select(c => c.Label ?? c.Name).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        return draft;
    }
}
