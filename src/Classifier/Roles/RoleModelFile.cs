using System.IO.Compression;
using System.Text.Json;
using JobTagger.Domain.Errors;
using Microsoft.ML;

namespace JobTagger.Classifier.Roles;

/// <summary>Reads and writes a role model: the ML.NET zip and its metadata JSON beside it (same name, <c>.json</c>).</summary>
internal static class RoleModelFile
{
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string MetadataPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    public static void Save(ITransformer model, DataViewSchema schema, RoleModelMetadata metadata, string modelPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using (var raw = new MemoryStream())
        {
            new MLContext(seed: 1).Model.Save(model, schema, raw);
            using var file = File.Create(modelPath);
            WriteWithFixedTimestamps(raw, file);
        }

        File.WriteAllText(MetadataPath(modelPath), JsonSerializer.Serialize(metadata, JsonOptions) + "\n");
    }

    // ML.NET stamps zip entries with the current time; a fixed stamp makes the same training give the same bytes.
    private static void WriteWithFixedTimestamps(MemoryStream raw, Stream output)
    {
        raw.Position = 0;
        using var source = new ZipArchive(raw, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTimestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    public static RoleClassifier Load(string modelPath)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        var metadataPath = MetadataPath(modelPath);
        if (!File.Exists(modelPath))
        {
            throw JobTaggerException.FileNotFound(modelPath);
        }

        if (!File.Exists(metadataPath))
        {
            throw JobTaggerException.FileNotFound(metadataPath);
        }

        try
        {
            using var model = File.OpenRead(modelPath);
            using var metadata = File.OpenRead(metadataPath);
            return Load(model, metadata);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or JsonException or FormatException or InvalidDataException)
        {
            throw JobTaggerException.Unreadable(modelPath, ex);
        }
    }

    public static RoleClassifier Load(Stream model, Stream metadata)
    {
        var info = JsonSerializer.Deserialize<RoleModelMetadata>(metadata, JsonOptions)
            ?? throw new JsonException("empty role model metadata");
        var transformer = new MLContext(seed: 1).Model.Load(model, out var schema);
        return new RoleClassifier(CompiledRoleScorer.Compile(transformer, schema), info);
    }
}
