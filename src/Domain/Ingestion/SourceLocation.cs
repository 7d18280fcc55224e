namespace JobTagger.Domain.Ingestion;

/// <summary>Where a record was read: a file and line, or a URL. Printed as <c>file:line</c> or the URL.</summary>
public sealed record SourceLocation(string Source, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{Source}:{line}" : Source;
}
