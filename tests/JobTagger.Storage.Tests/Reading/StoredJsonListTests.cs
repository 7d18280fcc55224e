using System.Text;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Reading;

namespace JobTagger.Storage.Tests.Reading;

public sealed class StoredJsonListTests
{
    [Fact]
    public void Items_ParsedFromTheStoredJson()
    {
        var json = """[{"text":"supply chain","field":"description","start":156,"length":12},{"text":"Caf\u00e9 ops","field":"title","start":0,"length":8}]""";

        var list = new StoredJsonList<SkillEvidence>(Encoding.UTF8.GetBytes(json), StoredJsonReader.Evidence);

        Assert.Equal(2, list.Count);
        Assert.Equal(new SkillEvidence(PostingField.Description, 156, 12, "supply chain"), list[0]);
        Assert.Equal(new SkillEvidence(PostingField.Title, 0, 8, "Café ops"), list.Last());
    }

    [Fact]
    public void Items_EmptyArray_IsEmpty()
    {
        Assert.Empty(new StoredJsonList<SkillEvidence>("[]"u8.ToArray(), StoredJsonReader.Evidence));
    }
}
