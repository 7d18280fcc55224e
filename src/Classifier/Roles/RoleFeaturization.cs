using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace JobTagger.Classifier.Roles;

/// <summary>
/// The one definition of how a statement becomes features, used by training and (compiled) by prediction:
/// <see cref="StatementNormalizer"/> text, split on spaces, unigrams and bigrams counted, L2-normalised.
/// </summary>
internal static class RoleFeaturization
{
    public const string TextColumn = "Text";
    public const string LabelColumn = "Label";
    public const string NgramColumn = "Ngrams";
    public const string FeatureColumn = "Features";
    public const string LabelKeyColumn = "LabelKey";
    public const int ClassCount = 3;

    /// <summary>The class names in <see cref="StatementClass"/> order, which is also the order of the score slots.</summary>
    public static readonly IReadOnlyList<string> ClassNames = ["coo", "ceo", "neutral"];

    public static IEstimator<ITransformer> Build(MLContext ml)
    {
        ArgumentNullException.ThrowIfNull(ml);
        return ml.Transforms.Text.TokenizeIntoWords("Tokens", TextColumn, separators: [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams(NgramColumn, "TokenKeys", ngramLength: 2, useAllLengths: true,
                weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.NormalizeLpNorm(FeatureColumn, NgramColumn));
    }

    /// <summary>Maps the class name to a key whose order is pinned to <see cref="ClassNames"/> (not first-seen order).</summary>
    public static IEstimator<ITransformer> MapLabel(MLContext ml)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var keys = ml.Transforms.SelectColumns(LabelColumn).Fit(ml.Data.LoadFromEnumerable(ClassNames.Select(name => new StatementInput { Label = name })))
            .Transform(ml.Data.LoadFromEnumerable(ClassNames.Select(name => new StatementInput { Label = name })));
        return ml.Transforms.Conversion.MapValueToKey(LabelKeyColumn, LabelColumn, keyData: keys);
    }

    public static StatementInput ToInput(string text, StatementClass label) =>
        new() { Text = StatementNormalizer.Normalize(text), Label = ClassNames[(int)label] };

    public static StatementClass ParseLabel(string label) => label.Trim().ToUpperInvariant() switch
    {
        "COO" => StatementClass.Coo,
        "CEO" => StatementClass.Ceo,
        "NEUTRAL" => StatementClass.Neutral,
        _ => throw new ArgumentException($"unknown label '{label}' (expected coo, ceo or neutral)", nameof(label)),
    };
}
