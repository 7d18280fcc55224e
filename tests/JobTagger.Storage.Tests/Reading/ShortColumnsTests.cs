using JobTagger.Storage.Reading;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Tests.Reading;

public sealed class ShortColumnsTests
{
    public static readonly TheoryData<object?> Values = new()
    {
        // Null stays null.
        null,
        // Plain text.
        "Director of Operations",
        // Quotes, backslashes and control characters SQLite escapes.
        "say \"ops\" \\ now\t\r\n\u0001",
        // Accents and a character outside the basic plane.
        "Café 🚀 Zürich",
        // A number stored as one reads as the text SQLite gives for the column.
        95000L,
        // A real number likewise.
        120000.5,
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Next_ValueFromJsonArray_IsWhatReadingTheColumnGives(object? value)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $v, json_array('first', $v, 'last')";
        command.Parameters.AddWithValue("$v", value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var expected = reader.IsDBNull(0) ? null : reader.GetString(0);

        var columns = new ShortColumns(reader.GetFieldValue<byte[]>(1));

        Assert.Equal("first", columns.Next());
        Assert.Equal(expected, columns.Next());
        Assert.Equal("last", columns.Next());
    }
}
