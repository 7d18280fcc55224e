using System.Xml;

namespace JobTagger.Ingest.Feeds;

/// <summary>
/// Reader settings for untrusted feeds: no DTDs (so no entity expansion or external entities), no resolver, a cap
/// on the document size. Job feeds are big but not unbounded; the cap is far above any real one.
/// </summary>
internal static class SafeXmlReaderSettings
{
    public const long MaxCharactersInDocument = 1L << 31;

    /// <summary>One posting element larger than this is a broken feed, not a posting.</summary>
    public const int MaxCharactersPerPosting = 1024 * 1024;

    public static XmlReaderSettings Create() => new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };
}
