using Microsoft.ML;

namespace JobTagger.Classifier.Roles;

/// <summary>A trained role model with its metadata; <see cref="Save"/> writes the zip and the JSON beside it.</summary>
public sealed class RoleTrainingResult
{
    internal RoleTrainingResult(ITransformer model, DataViewSchema schema, RoleModelMetadata metadata)
    {
        Model = model;
        Schema = schema;
        Metadata = metadata;
    }

    public RoleModelMetadata Metadata { get; }

    internal ITransformer Model { get; }

    internal DataViewSchema Schema { get; }

    /// <summary>Writes <paramref name="modelPath"/> (ML.NET zip) and the metadata as <c>.json</c> next to it.</summary>
    public void Save(string modelPath) => RoleModelFile.Save(Model, Schema, Metadata, modelPath);

    /// <summary>A classifier using this model, without a round trip through files.</summary>
    public RoleClassifier CreateClassifier() => new(CompiledRoleScorer.Compile(Model, Schema), Metadata);
}
