using JobTagger.Domain.Ingestion;

namespace JobTagger.Ingest.Tests;

/// <summary>Reads everything a source or an argument yields, for assertions.</summary>
internal static class Ingestion
{
    public static async Task<List<IngestResult>> ReadAllAsync(string argument, TextReader? stdin = null)
    {
        var results = new List<IngestResult>();
        foreach (var source in PostingSources.Open(argument, stdin ?? TextReader.Null))
        {
            await foreach (var result in source.ReadAsync())
            {
                results.Add(result);
            }
        }

        return results;
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
