using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Roles;

/// <summary>Splits a posting into statements, scores each with the compiled model and aggregates them with evidence.</summary>
internal sealed class PostingRoleScorer(CompiledRoleScorer scorer, PostingCalibration calibration)
{
    public const int MaxEvidence = 8;

    [ThreadStatic]
    private static List<TextSegment>? t_segments;

    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    public CompiledRoleScorer Statements { get; } = scorer;

    public PostingCalibration Calibration { get; } = calibration;

    public RoleClassification Classify(string title, string description, string modelVersion)
    {
        var candidates = t_candidates ??= [];
        candidates.Clear();
        var score = Aggregate(title, description, candidates);
        var probability = score.Probability(Calibration.Scale);
        candidates.Sort(static (a, b) => Math.Abs(b.Contribution).CompareTo(Math.Abs(a.Contribution)));
        var evidence = new List<RoleEvidence>(Math.Min(MaxEvidence, candidates.Count));
        foreach (var candidate in candidates)
        {
            if (evidence.Count == MaxEvidence || Math.Abs(candidate.Contribution) < 1e-3)
            {
                break;
            }

            var text = candidate.Field == PostingField.Title ? title : description;
            evidence.Add(new RoleEvidence(candidate.Field, candidate.Segment.Start, candidate.Segment.Length,
                text.Substring(candidate.Segment.Start, candidate.Segment.Length), Math.Round(candidate.Contribution, 4)));
        }

        return new RoleClassification
        {
            Role = probability >= 0.5 ? Role.Ceo : Role.Coo,
            CeoProbability = probability,
            ModelVersion = modelVersion,
            Evidence = evidence,
        };
    }

    /// <summary>The uncalibrated posting score; <paramref name="candidates"/> (when given) receives each statement's contribution.</summary>
    public PostingScore Aggregate(string title, string description, List<Candidate>? candidates)
    {
        var score = default(PostingScore);
        var segments = t_segments ??= [];
        AddField(ref score, PostingField.Title, title, Calibration.TitleWeight, segments, candidates);
        AddField(ref score, PostingField.Description, description, 1, segments, candidates);
        return score;
    }

    private void AddField(ref PostingScore score, PostingField field, string text, double weight, List<TextSegment> segments, List<Candidate>? candidates)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        segments.Clear();
        if (field == PostingField.Title)
        {
            AddWholeTitle(text, segments);
        }
        else
        {
            StatementSplitter.Split(text, segments);
        }

        foreach (var segment in segments)
        {
            var contribution = score.Add(Statements.Score(text.AsSpan(segment.Start, segment.Length)), weight);
            candidates?.Add(new Candidate(field, segment, contribution));
        }
    }

    // A title is one statement however it is punctuated ("President & CEO", "Director - Operations").
    private static void AddWholeTitle(string title, List<TextSegment> segments)
    {
        var start = 0;
        var end = title.Length;
        while (start < end && char.IsWhiteSpace(title[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(title[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            segments.Add(new TextSegment(start, end - start));
        }
    }

    internal readonly record struct Candidate(PostingField Field, TextSegment Segment, double Contribution);
}
