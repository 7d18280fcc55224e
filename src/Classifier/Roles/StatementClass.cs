namespace JobTagger.Classifier.Roles;

/// <summary>The classes a statement is trained on. The values are the ML.NET key values minus one (score slot order).</summary>
internal enum StatementClass
{
    Coo = 0,
    Ceo = 1,
    Neutral = 2,
}
