using System.Text;
using System.Text.Json;

namespace JobTagger.Storage.Reading;

/// <summary>
/// Reads, in order, the values of a flat JSON array SQLite built with <c>json_array(...)</c> over text columns: a null
/// stays null, a string is unescaped, and a number (a column SQLite stored as one) is its text, as reading the column
/// as a string would give it.
/// </summary>
internal ref struct ShortColumns
{
    private Utf8JsonReader _json;

    public ShortColumns(byte[] utf8)
    {
        _json = new Utf8JsonReader(utf8);
        _json.Read();
    }

    public string? Next()
    {
        _json.Read();
        return _json.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => _json.GetString(),
            _ => Encoding.UTF8.GetString(_json.ValueSpan),
        };
    }
}
