using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Skills;

/// <summary>
/// Turns raw matches into one tag per skill. A phrase inside a longer phrase gives way to it ("React" inside "React
/// Native", "Microsoft Office" inside "Microsoft Office Suite"). Evidence runs strongest first: title before
/// description, more words before fewer, longer before shorter, earlier before later. Tags run strongest first: named
/// in the title, then most mentions, then most specific phrase, then earliest.
/// </summary>
internal static class SkillTagRanker
{
    public const int MaxEvidence = 3;

    private readonly record struct Ranked(SkillTag Tag, bool InTitle, int Mentions, int Words, int First);

    public static List<SkillTag> Rank(List<SkillMatch> matches, string title, string description, IReadOnlyList<SkillDefinition> skills)
    {
        var kept = WithoutShadowed(matches);
        kept.Sort((a, b) => a.SkillIndex != b.SkillIndex ? a.SkillIndex.CompareTo(b.SkillIndex) : CompareEvidence(a, b));
        var ranked = new List<Ranked>();
        for (var from = 0; from < kept.Count;)
        {
            var to = from;
            var first = int.MaxValue;
            while (to < kept.Count && kept[to].SkillIndex == kept[from].SkillIndex)
            {
                var m = kept[to++];
                first = Math.Min(first, m.Field == PostingField.Title ? m.Start : title.Length + 1 + m.Start);
            }

            var evidence = new SkillEvidence[Math.Min(MaxEvidence, to - from)];
            for (var i = 0; i < evidence.Length; i++)
            {
                var m = kept[from + i];
                var text = m.Field == PostingField.Title ? title : description;
                evidence[i] = new SkillEvidence(m.Field, m.Start, m.Length, text.Substring(m.Start, m.Length));
            }

            var best = kept[from];
            var skill = skills[best.SkillIndex];
            ranked.Add(new Ranked(new SkillTag(skill.Id, skill.Name, skill.Category, evidence), best.Field == PostingField.Title, to - from, best.TokenCount, first));
            from = to;
        }

        ranked.Sort(CompareTags);
        var tags = new List<SkillTag>(ranked.Count);
        foreach (var r in ranked)
        {
            tags.Add(r.Tag);
        }

        return tags;
    }

    private static int CompareTags(Ranked a, Ranked b)
    {
        var c = b.InTitle.CompareTo(a.InTitle);
        c = c != 0 ? c : b.Mentions.CompareTo(a.Mentions);
        c = c != 0 ? c : b.Words.CompareTo(a.Words);
        c = c != 0 ? c : a.First.CompareTo(b.First);
        return c != 0 ? c : string.CompareOrdinal(a.Tag.SkillId, b.Tag.SkillId);
    }

    private static int CompareEvidence(SkillMatch a, SkillMatch b)
    {
        var c = a.Field.CompareTo(b.Field); // Title (0) before Description (1)
        c = c != 0 ? c : b.TokenCount.CompareTo(a.TokenCount);
        c = c != 0 ? c : b.Length.CompareTo(a.Length);
        return c != 0 ? c : a.Start.CompareTo(b.Start);
    }

    // Also drops repeats of one span (a skill whose phrase variants both match), so every kept match is a mention.
    private static List<SkillMatch> WithoutShadowed(List<SkillMatch> matches)
    {
        matches.Sort((a, b) => a.Field != b.Field ? a.Field.CompareTo(b.Field) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<SkillMatch>(matches.Count);
        var field = (PostingField)(-1);
        var reach = 0; // the furthest end of a kept match in this field: most matches start past it and need no scan
        foreach (var m in matches)
        {
            if (m.Field != field)
            {
                (field, reach) = (m.Field, 0);
            }

            var shadowed = false;
            for (var k = kept.Count - 1; k >= 0 && !shadowed && m.Start < reach; k--)
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
                reach = Math.Max(reach, m.End);
            }
        }

        return kept;
    }
}
