namespace JobTagger.Classifier.Roles;

internal sealed partial class CompiledRoleScorer
{
    [ThreadStatic]
    private static int[]? t_tokenIds;

    [ThreadStatic]
    private static int[]? t_features;

    /// <summary>The class probabilities of one statement, equal (to float rounding) to ML.NET's Score column.</summary>
    public StatementScores Score(ReadOnlySpan<char> text)
    {
        var tokenIds = Rent(ref t_tokenIds, text.Length / 2 + 2);
        var tokenCount = Tokenize(text, tokenIds);
        var features = Rent(ref t_features, tokenCount * 2);
        var featureCount = 0;
        var known = 0;
        for (var i = 0; i < tokenCount; i++)
        {
            var id = tokenIds[i];
            if (id < 0)
            {
                continue;
            }

            known++;
            features[featureCount++] = _unigramFeature[id];
            if (i > 0 && tokenIds[i - 1] >= 0 && _lookup.BigramFeature(tokenIds[i - 1], id) is var bigram and >= 0)
            {
                features[featureCount++] = bigram;
            }
        }

        var scores = Predict(features.AsSpan(0, featureCount));
        return tokenCount == 0 ? scores : scores with { Coverage = known / (double)tokenCount };
    }

    // Splits like StatementNormalizer.Normalize, looking each token up in place: -1 for a token the model never saw.
    private int Tokenize(ReadOnlySpan<char> text, int[] tokenIds)
    {
        Span<char> token = stackalloc char[MaxTokenLength];
        var length = 0;
        var overflow = false;
        var count = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var kind = i < text.Length ? StatementNormalizer.Classify(text[i]) : StatementNormalizer.CharKind.Separator;
            if (kind == StatementNormalizer.CharKind.Token)
            {
                if (length < MaxTokenLength)
                {
                    token[length++] = StatementNormalizer.ToLower(text[i]);
                }
                else
                {
                    overflow = true;
                }
            }
            else if (kind == StatementNormalizer.CharKind.Separator && (length > 0 || overflow))
            {
                tokenIds[count++] = overflow ? -1 : _lookup.TokenId(token[..length]);
                length = 0;
                overflow = false;
            }
        }

        return count;
    }

    // Term-frequency counts, L2-normalised, times the weights of each class, plus the bias, then softmax.
    private StatementScores Predict(Span<int> features)
    {
        features.Sort();
        double normSquared = 0;
        Span<double> logits = stackalloc double[RoleFeaturization.ClassCount];
        for (var i = 0; i < features.Length;)
        {
            var end = i + 1;
            while (end < features.Length && features[end] == features[i])
            {
                end++;
            }

            var count = end - i;
            normSquared += count * count;
            var offset = features[i] * RoleFeaturization.ClassCount;
            for (var k = 0; k < logits.Length; k++)
            {
                logits[k] += count * _weights[offset + k];
            }

            i = end;
        }

        var scale = normSquared > 0 ? 1 / Math.Sqrt(normSquared) : 0;
        var max = double.NegativeInfinity;
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = (logits[k] * scale) + _biases[k];
            max = Math.Max(max, logits[k]);
        }

        var coo = Math.Exp(logits[0] - max);
        var ceo = Math.Exp(logits[1] - max);
        var neutral = Math.Exp(logits[2] - max);
        var sum = coo + ceo + neutral;
        return new StatementScores(coo / sum, ceo / sum, neutral / sum);
    }

    private static int[] Rent(ref int[]? buffer, int size)
    {
        if (buffer is null || buffer.Length < size)
        {
            buffer = new int[Math.Max(size, 256)];
        }

        return buffer;
    }
}
