using System.Text;

namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>A small RFC 4180 reader (quoted fields may hold commas, quotes and line breaks) yielding header-named records.</summary>
internal static class CsvRecords
{
    public static IEnumerable<(int Line, Dictionary<string, string?>? Fields, string? Error)> Read(string path)
    {
        using var reader = new StreamReader(path);
        string[]? header = null;
        var lineNumber = 0;
        while (true)
        {
            var startLine = lineNumber + 1;
            var record = ReadRecord(reader, ref lineNumber);
            if (record is null)
            {
                yield break;
            }

            if (record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            if (header is null)
            {
                header = [.. record.Select(h => h.Trim().ToLowerInvariant())];
                continue;
            }

            if (record.Count != header.Length)
            {
                yield return (startLine, null, $"{record.Count} fields, the header has {header.Length}");
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                fields[header[i]] = record[i];
            }

            yield return (startLine, fields, null);
        }
    }

    private static List<string>? ReadRecord(StreamReader reader, ref int lineNumber)
    {
        var line = reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        lineNumber++;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; ; i++)
        {
            if (i == line.Length)
            {
                if (!quoted || reader.ReadLine() is not { } next)
                {
                    break;
                }

                lineNumber++;
                field.Append('\n');
                line = next;
                i = -1;
                continue;
            }

            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
