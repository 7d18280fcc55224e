using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Html;

if (args is ["extract", var path])
{
    var result = new JobPageExtractor().Extract(File.ReadAllText(path), null, new SourceLocation(Path.GetFileName(path)));
    Console.WriteLine(JsonSerializer.Serialize(result.Posting ?? (object?)result.Reject?.Reason, new JsonSerializerOptions { WriteIndented = true }));
    return 0;
}

if (args is ["read", var argument])
{
    foreach (var source in JobTagger.Ingest.PostingSources.Open(argument, Console.In))
    {
        await foreach (var result in source.ReadAsync())
        {
            Console.WriteLine($"{result.Where}: {result.Reject?.Reason ?? result.Posting!.Title}");
        }
    }

    return 0;
}

return 0;
