using Microsoft.ML.Data;

namespace JobTagger.Classifier.Roles;

/// <summary>The ML.NET output row: one probability per <see cref="StatementClass"/>.</summary>
internal sealed class StatementPrediction
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
