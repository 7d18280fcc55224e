using JobTagger.Domain.Postings;
using JobTagger.Ingest.Html;

namespace JobTagger.Ingest.Mapping;

/// <summary>Turns a flat record (name/value pairs from a JSON object or a CSV row) into a <see cref="PostingDraft"/>.</summary>
internal static class FlatRecordMapper
{
    public static PostingDraft Map(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var values = new string?[Enum.GetValues<FlatField>().Length];
        foreach (var (name, value) in fields)
        {
            // The first column under a field's names wins; later aliases (applyUrl after url) only fill gaps.
            if (!string.IsNullOrWhiteSpace(value) && FlatFieldAliases.TryGet(name, out var field) && values[(int)field] is null)
            {
                values[(int)field] = value;
            }
        }

        string? Get(FlatField field) => values[(int)field];

        var location = Get(FlatField.Location) ?? JoinPlace(Get(FlatField.City), Get(FlatField.State), Get(FlatField.Country));
        var remote = LooseValueParser.ParseFlag(Get(FlatField.Remote))
            || (location?.Contains("remote", StringComparison.OrdinalIgnoreCase) ?? false);
        return new PostingDraft
        {
            Id = Get(FlatField.Id),
            Title = HtmlText.ToPlainText(Get(FlatField.Title)),
            Company = HtmlText.ToPlainText(Get(FlatField.Company)),
            Location = location,
            IsRemote = remote,
            Url = Get(FlatField.Url),
            Description = HtmlText.ToPlainText(Get(FlatField.Description)),
            PostedAt = LooseValueParser.ParseDate(Get(FlatField.PostedAt)),
            ValidThrough = LooseValueParser.ParseDate(Get(FlatField.ValidThrough)),
            EmploymentType = Get(FlatField.EmploymentType),
            Salary = Salary(Get(FlatField.MinSalary), Get(FlatField.MaxSalary), Get(FlatField.Salary), Get(FlatField.Currency), Get(FlatField.PayPeriod)),
            Skills = SplitList(Get(FlatField.Skills)),
            OccupationalCategory = Get(FlatField.Category),
        };
    }

    public static string? JoinPlace(params string?[] parts)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return kept.Length == 0 ? null : string.Join(", ", kept);
    }

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static SalaryRange? Salary(string? min, string? max, string? single, string? currency, string? period)
    {
        var low = LooseValueParser.ParseAmount(min);
        var high = LooseValueParser.ParseAmount(max);
        if (low is null && high is null && single is not null)
        {
            // "90000-120000" or "$90k - $120k": two amounts around a dash.
            var parts = single.Split(['-', '–'], 2);
            low = LooseValueParser.ParseAmount(parts[0]);
            high = parts.Length > 1 ? LooseValueParser.ParseAmount(parts[1]) : low;
            period ??= single;
        }

        return low is null && high is null
            ? null
            : new SalaryRange(low, high, string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant(), LooseValueParser.ParseUnit(period));
    }
}
