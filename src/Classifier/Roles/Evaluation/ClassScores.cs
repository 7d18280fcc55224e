namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>Precision, recall and F1 of one class.</summary>
public sealed record ClassScores(string Class, double Precision, double Recall, double F1);
