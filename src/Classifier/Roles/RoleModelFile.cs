using System.Text.Json;
using JobTagger.Domain.Errors;
using Microsoft.ML;

namespace JobTagger.Classifier.Roles;

/// <summary>Reads and writes a role model: the ML.NET zip and its metadata JSON beside it (same name, <c>.json</c>).</summary>
internal static class RoleModelFile
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string MetadataPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    public static void Save(ITransformer model, DataViewSchema schema, RoleModelMetadata metadata, string modelPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        new MLContext(seed: 1).Model.Save(model, schema, modelPath);
        File.WriteAllText(MetadataPath(modelPath), JsonSerializer.Serialize(metadata, JsonOptions) + "\n");
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
