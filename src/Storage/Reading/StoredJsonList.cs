using System.Collections;

namespace JobTagger.Storage.Reading;

/// <summary>
/// A list kept as its stored JSON and parsed on first use: CSV and JSON-LD exports never look at skill evidence, and
/// the explanation is parsed by the exporting thread instead of the reading one (see <c>ReadAhead</c>).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class StoredJsonList<T>(byte[] utf8, StoredJsonList<T>.Parser parse) : IReadOnlyList<T>
{
    private IReadOnlyList<T>? _items;

    public delegate IReadOnlyList<T> Parser(ReadOnlySpan<byte> utf8);

    public int Count => Items.Count;

    private IReadOnlyList<T> Items => _items ??= parse(utf8);

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
