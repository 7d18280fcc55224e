using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Skills;

/// <summary>
/// Turns raw matches into one tag per skill. A phrase inside a longer phrase gives way to it ("React" inside "React
/// Native", "Microsoft Office" inside "Microsoft Office Suite"). Evidence runs strongest first: title before description, more words before fewer,
/// longer before shorter, earlier before later. Tags run strongest first: named in the title, then most mentions,
/// then most specific phrase, then earliest.
/// </summary>
internal static class SkillTagRanker
{
    public const int MaxEvidence = 3;

    public static List<SkillTag> Rank(List<SkillMatch> matches, string title, string description, IReadOnlyList<SkillDefinition> skills)
    {
        var kept = WithoutShadowed(matches);
        var bySkill = new Dictionary<int, List<SkillMatch>>();
        foreach (var match in kept)
        {
            if (!bySkill.TryGetValue(match.SkillIndex, out var list))
            {
                bySkill[match.SkillIndex] = list = [];
            }

            list.Add(match);
        }

        var ranked = new List<(SkillTag Tag, bool InTitle, int Mentions, int Words, int First)>(bySkill.Count);
        foreach (var (skillIndex, list) in bySkill)
        {
            list.Sort(CompareEvidence);
            var evidence = new List<SkillEvidence>(MaxEvidence);
            var seen = new HashSet<(PostingField, int, int)>();
            foreach (var m in list)
            {
                if (evidence.Count < MaxEvidence && seen.Add((m.Field, m.Start, m.Length)))
                {
                    var text = m.Field == PostingField.Title ? title : description;
                    evidence.Add(new SkillEvidence(m.Field, m.Start, m.Length, text.Substring(m.Start, m.Length)));
                }
            }

            var skill = skills[skillIndex];
            var first = list.Min(m => m.Field == PostingField.Title ? m.Start : m.Start + title.Length + 1);
            ranked.Add((new SkillTag(skill.Id, skill.Name, skill.Category, evidence), list[0].Field == PostingField.Title, seen.Count, list[0].TokenCount, first));
        }

        return [.. ranked
            .OrderByDescending(r => r.InTitle)
            .ThenByDescending(r => r.Mentions)
            .ThenByDescending(r => r.Words)
            .ThenBy(r => r.First)
            .ThenBy(r => r.Tag.SkillId, StringComparer.Ordinal)
            .Select(r => r.Tag)];
    }

    private static int CompareEvidence(SkillMatch a, SkillMatch b)
    {
        var c = a.Field.CompareTo(b.Field); // Title (0) before Description (1)
        if (c == 0)
        {
            c = b.TokenCount.CompareTo(a.TokenCount);
        }

        if (c == 0)
        {
            c = b.Length.CompareTo(a.Length);
        }

        return c != 0 ? c : a.Start.CompareTo(b.Start);
    }

    private static List<SkillMatch> WithoutShadowed(List<SkillMatch> matches)
    {
        matches.Sort((a, b) => a.Field != b.Field ? a.Field.CompareTo(b.Field) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<SkillMatch>(matches.Count);
        foreach (var m in matches)
        {
            var shadowed = false;
            for (var k = kept.Count - 1; k >= 0 && !shadowed; k--)
            {
                var o = kept[k];
                if (o.Field != m.Field)
                {
                    break;
                }

                shadowed = o.Start <= m.Start && o.End >= m.End && (o.Length > m.Length || o.SkillIndex == m.SkillIndex);
            }

            if (!shadowed)
            {
                kept.Add(m);
            }
        }

        return kept;
    }
}
