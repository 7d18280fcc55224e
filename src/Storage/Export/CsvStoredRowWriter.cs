using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using JobTagger.Storage.Reading;

namespace JobTagger.Storage.Export;

/// <summary>
/// Writes a posting's CSV row straight from the UTF-8 columns of a <see cref="StoredPostingRow"/>: the same bytes
/// <see cref="CsvPostingExporter"/> writes for the decoded posting, without the ~40 strings and objects per posting that
/// decoding costs (the CSV never looks at most of them). One per formatting thread.
/// </summary>
internal sealed class CsvStoredRowWriter
{
    // Ordinals in the first array of StoredPostingRow.Columns.
    private const int Id = 0;
    private const int Source = 1;
    private const int Title = 2;
    private const int IsRemote = 3;
    private const int SourceId = 4;
    private const int Url = 5;
    private const int Company = 6;
    private const int Location = 7;
    private const int PostedAt = 8;
    private const int ValidThrough = 9;
    private const int EmploymentType = 10;
    private const int SalaryMin = 11;
    private const int SalaryMax = 12;
    private const int SalaryCurrency = 13;
    private const int SalaryUnit = 14;
    private const int OccupationalCategory = 15;
    private const int RoleName = 17;
    private const int ModelVersion = 18;
    private const int HeadCount = 19;

    [ThreadStatic]
    private static CsvStoredRowWriter? _perThread;

    // The head's values, unescaped, one after the other; a length of -1 is a null.
    private readonly int[] _starts = new int[HeadCount];
    private readonly int[] _lengths = new int[HeadCount];
    private readonly Utf8ListField _first = new();
    private readonly Utf8ListField _second = new();
    private byte[] _values = new byte[1024];

    public static void Write(CsvWriter csv, StoredPostingRow row) => (_perThread ??= new CsvStoredRowWriter()).WriteRow(csv, row);

    private void WriteRow(CsvWriter csv, StoredPostingRow row)
    {
        ReadHead(row.HeadUtf8);
        Span<char> scratch = stackalloc char[64];
        Field(csv, Id);
        Field(csv, Source);
        Field(csv, SourceId);
        Field(csv, Url);
        Field(csv, Title);
        Field(csv, Company);
        Field(csv, Location);
        csv.WriteField(TryValue(IsRemote, out var remote) && remote.SequenceEqual("1"u8) ? "true" : "false");
        Date(csv, PostedAt, scratch);
        Date(csv, ValidThrough, scratch);
        Field(csv, EmploymentType);
        Number(csv, SalaryMin, scratch);
        Number(csv, SalaryMax, scratch);
        Field(csv, SalaryCurrency);
        Field(csv, SalaryUnit);

        // Classified when both the role and the model are stored, as the decoded posting has it.
        var classified = TryValue(RoleName, out var role) & _lengths[ModelVersion] >= 0;
        csv.WriteField(!classified ? null : role.SequenceEqual("ceo"u8) ? "ceo" : "coo");
        if (classified)
        {
            CsvPostingExporter.WriteFormatted(csv, (double?)row.CeoProbability, "0.####", scratch);
        }
        else
        {
            csv.WriteField((string?)null);
        }

        if (classified)
        {
            Field(csv, ModelVersion);
        }
        else
        {
            csv.WriteField((string?)null);
        }

        ReadSkills(row.Skills);
        csv.WriteField(_first.Value);
        csv.WriteField(_second.Value);
        ReadExplanation(classified ? row.ExplanationUtf8 : []);
        csv.WriteField(_first.Value);
        ReadSources(row.Sources);
        csv.WriteField(_first.Value);
        csv.WriteField(_second.Value);
        Field(csv, OccupationalCategory);
        csv.WriteField(row.DescriptionUtf8);
        csv.EndRecord();
    }

    private void ReadHead(ReadOnlySpan<byte> head)
    {
        if (_values.Length < head.Length)
        {
            _values = new byte[Math.Max(head.Length, _values.Length * 2)];
        }

        var json = new Utf8JsonReader(head);
        json.Read();
        var length = 0;
        for (var i = 0; i < HeadCount; i++)
        {
            json.Read();
            _starts[i] = length;
            _lengths[i] = json.TokenType switch
            {
                JsonTokenType.Null => -1,
                JsonTokenType.String => json.CopyString(_values.AsSpan(length)),
                _ => Copy(json.ValueSpan, _values.AsSpan(length)),
            };
            length += Math.Max(0, _lengths[i]);
        }
    }

    private static int Copy(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        value.CopyTo(destination);
        return value.Length;
    }

    private bool TryValue(int column, out ReadOnlySpan<byte> value)
    {
        value = _lengths[column] < 0 ? default : _values.AsSpan(_starts[column], _lengths[column]);
        return _lengths[column] >= 0;
    }

    // A null is an empty field, as a null string is.
    private void Field(CsvWriter csv, int column)
    {
        if (TryValue(column, out var value))
        {
            csv.WriteField(value);
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }

    private void Date(CsvWriter csv, int column, Span<char> scratch)
    {
        if (!TryValue(column, out var utf8))
        {
            csv.WriteField((string?)null);
            return;
        }

        Span<char> text = stackalloc char[64];
        var date = utf8.Length <= text.Length
            ? StoredTimeReader.Read(text[..Encoding.UTF8.GetChars(utf8, text)])
            : StoredTimeReader.Read(Encoding.UTF8.GetString(utf8));
        CsvPostingExporter.WriteFormatted(csv, (DateTimeOffset?)date, "O", scratch);
    }

    private void Number(CsvWriter csv, int column, Span<char> scratch)
    {
        decimal? number = TryValue(column, out var utf8) ? decimal.Parse(utf8, NumberStyles.Number, CultureInfo.InvariantCulture) : null;
        CsvPostingExporter.WriteFormatted(csv, number, default, scratch);
    }

    // Names into the first list, ids into the second (see PostingChildReader.SkillColumns).
    private void ReadSkills(byte[]? skills)
    {
        _first.Clear();
        _second.Clear();
        if (skills is null)
        {
            return;
        }

        var json = new Utf8JsonReader(skills);
        json.Read();
        while (json.Read() && json.TokenType == JsonTokenType.StartArray)
        {
            json.Read();
            Add(ref json, _second);
            json.Read();
            Add(ref json, _first);
            json.Read();
            json.Read();
            json.Read();
            json.Skip();
        }
    }

    // The evidence texts into the first list; an item without text adds an empty one (see StoredJsonReader).
    private void ReadExplanation(ReadOnlySpan<byte> explanation)
    {
        _first.Clear();
        var json = new Utf8JsonReader(explanation);
        if (explanation.IsEmpty || !json.Read() || json.TokenType != JsonTokenType.StartArray)
        {
            return;
        }

        while (json.Read() && json.TokenType == JsonTokenType.StartObject)
        {
            var text = false;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var isText = json.ValueTextEquals("text"u8);
                json.Read();
                if (isText && !text)
                {
                    Add(ref json, _first);
                    text = true;
                }
                else
                {
                    json.Skip();
                }
            }

            if (!text)
            {
                _first.Next(0);
            }
        }
    }

    // Source names into the first list, their URLs (when there is one) into the second.
    private void ReadSources(IReadOnlyList<byte[]> sources)
    {
        _first.Clear();
        _second.Clear();
        foreach (var source in sources)
        {
            var json = new Utf8JsonReader(source);
            json.Read();
            json.Read();
            Add(ref json, _first);
            json.Read();
            if (json.TokenType != JsonTokenType.Null)
            {
                Add(ref json, _second);
            }
        }
    }

    // A string value (a null one as empty, as the decoded posting has it) added to the list, unescaped.
    private static void Add(ref Utf8JsonReader json, Utf8ListField list)
    {
        var room = list.Next(json.ValueSpan.Length);
        list.Advance(json.TokenType == JsonTokenType.String ? json.CopyString(room) : 0);
    }
}
