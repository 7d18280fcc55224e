namespace JobTagger.Classifier.Roles;

/// <summary>A statement inside a larger text: <see cref="Start"/> and <see cref="Length"/> in characters.</summary>
internal readonly record struct TextSegment(int Start, int Length);
