using Microsoft.ML.Data;

namespace JobTagger.Classifier.Roles;

/// <summary>The ML.NET input row: normalized text and the class name (coo, ceo or neutral).</summary>
internal sealed class StatementInput
{
    [ColumnName(RoleFeaturization.TextColumn)]
    public string Text { get; set; } = string.Empty;

    [ColumnName(RoleFeaturization.LabelColumn)]
    public string Label { get; set; } = string.Empty;
}
