using System.Collections;
using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Reading;

/// <summary>
/// A skill's evidence as stored (a JSON array), parsed on first use: CSV and JSON-LD exports never look at evidence,
/// and parsing it for each of the ~10 skills of every posting was most of their reading time.
/// </summary>
internal sealed class StoredEvidenceList(byte[] utf8) : IReadOnlyList<SkillEvidence>
{
    private IReadOnlyList<SkillEvidence>? _items;

    public int Count => Items.Count;

    private IReadOnlyList<SkillEvidence> Items => _items ??= StoredJsonReader.Evidence(utf8);

    public SkillEvidence this[int index] => Items[index];

    public IEnumerator<SkillEvidence> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
