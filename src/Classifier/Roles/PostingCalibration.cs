namespace JobTagger.Classifier.Roles;

/// <summary>
/// How statement scores become a posting probability: the title counts <see cref="TitleWeight"/> times a statement,
/// and the aggregate log-odds are multiplied by <see cref="Scale"/> (temperature scaling, 1 / T) before the sigmoid.
/// </summary>
public sealed record PostingCalibration(double TitleWeight, double Scale);
