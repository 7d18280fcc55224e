using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace JobTagger.Classifier.Roles;

/// <summary>
/// The trained ML.NET model compiled into lookup tables: token -> id, n-gram -> feature, feature -> per-class weight.
/// Scores a statement the way the ML.NET chain does (same tokens, term-frequency counts, L2 norm, linear model,
/// softmax) without a PredictionEngine, allocation-free, and safe to share between threads (read-only after build).
/// </summary>
internal sealed partial class CompiledRoleScorer
{
    private const int MaxTokenLength = 64;
    private readonly RoleLookupTable _lookup;
    private readonly int[] _unigramFeature;
    private readonly float[] _weights;
    private readonly float[] _biases;

    private CompiledRoleScorer(Dictionary<string, int> tokens, int[] unigramFeature, Dictionary<long, int> bigramFeature, float[] weights, float[] biases)
    {
        _lookup = new RoleLookupTable(tokens, bigramFeature);
        _unigramFeature = unigramFeature;
        _weights = weights;
        _biases = biases;
    }

    public int FeatureCount => _weights.Length / RoleFeaturization.ClassCount;

    /// <summary>Compiles a chain built by <see cref="RoleFeaturization"/> followed by a maximum-entropy trainer.</summary>
    public static CompiledRoleScorer Compile(ITransformer model, DataViewSchema inputSchema)
    {
        ArgumentNullException.ThrowIfNull(model);
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)[RoleFeaturization.NgramColumn].GetSlotNames(ref slotNames);
        var parameters = FindParameters(model);
        var classWeights = default(VBuffer<float>[]);
        parameters.GetWeights(ref classWeights, out var classCount);
        if (classCount != RoleFeaturization.ClassCount)
        {
            throw new InvalidOperationException($"the role model has {classCount} classes, expected {RoleFeaturization.ClassCount}");
        }

        var featureCount = slotNames.Length;
        var weights = new float[featureCount * classCount];
        for (var k = 0; k < classCount; k++)
        {
            foreach (var pair in classWeights![k].Items())
            {
                weights[(pair.Key * classCount) + k] = pair.Value;
            }
        }

        var tokens = new Dictionary<string, int>(TokenComparer.Instance);
        var unigrams = new List<int>();
        var bigrams = new Dictionary<long, int>();
        var names = slotNames.DenseValues().Select(n => n.ToString()).ToArray();
        for (var f = 0; f < names.Length; f++)
        {
            if (!names[f].Contains('|', StringComparison.Ordinal))
            {
                tokens[names[f]] = unigrams.Count;
                unigrams.Add(f);
            }
        }

        for (var f = 0; f < names.Length; f++)
        {
            var bar = names[f].IndexOf('|', StringComparison.Ordinal);
            if (bar >= 0 && tokens.TryGetValue(names[f][..bar], out var left) && tokens.TryGetValue(names[f][(bar + 1)..], out var right))
            {
                bigrams[BigramKey(left, right)] = f;
            }
        }

        AddAliases(tokens);
        return new CompiledRoleScorer(tokens, [.. unigrams], bigrams, weights, [.. parameters.GetBiases()]);
    }

    private static MaximumEntropyModelParameters FindParameters(ITransformer model)
    {
        // A freshly fitted chain is TransformerChain<TLast>, a loaded one TransformerChain<ITransformer>: both enumerate.
        var last = model is IEnumerable<ITransformer> chain ? chain.Last() : model;
        return (last as ISingleFeaturePredictionTransformer<object>)?.Model as MaximumEntropyModelParameters
            ?? throw new InvalidOperationException("the role model does not end in a maximum-entropy multiclass predictor");
    }

    // A British spelling looks up the id of its American form, as StatementNormalizer would have rewritten it.
    private static void AddAliases(Dictionary<string, int> tokens)
    {
        foreach (var (alias, target) in StatementNormalizer.Aliases)
        {
            if (tokens.TryGetValue(target, out var id))
            {
                tokens[alias] = id;
            }
        }
    }

    internal static long BigramKey(int left, int right) => ((long)left << 32) | (uint)right;
}
