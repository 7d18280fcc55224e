using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Cli.Commands.Search;

/// <summary>The filter options search and export share: --where, --role, --skill, --remote, --posted-within.</summary>
internal sealed class PostingFilterOptions
{
    public Option<string?> Where { get; } = new("--where")
    {
        Description = "City, region or country (\"Austin, TX\", \"Texas\", \"Germany\"), or \"remote\".",
    };

    public Option<string?> Role { get; } = new Option<string?>("--role")
    {
        Description = "Only COO-like (operations) or CEO-like (strategy) postings.",
    }.AcceptOnlyFromAmong("coo", "ceo");

    public Option<string[]> Skills { get; } = new("--skill")
    {
        Description = "A skill id or name the posting must have; repeat for several (all must match).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> Remote { get; } = new("--remote") { Description = "Only remote postings." };

    public Option<TimeSpan?> PostedWithin { get; } = new("--posted-within")
    {
        Description = "Only postings posted within this span before now: 30d, 12h, 2w (a bare number is days).",
        CustomParser = ParseSpan,
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Where);
        command.Options.Add(Role);
        command.Options.Add(Skills);
        command.Options.Add(Remote);
        command.Options.Add(PostedWithin);
    }

    public PostingFilter Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new PostingFilter
        {
            Where = parseResult.GetValue(Where),
            Role = parseResult.GetValue(Role) switch { "coo" => Domain.Postings.Role.Coo, "ceo" => Domain.Postings.Role.Ceo, _ => null },
            Skills = parseResult.GetValue(Skills) ?? [],
            RemoteOnly = parseResult.GetValue(Remote),
            PostedWithin = parseResult.GetValue(PostedWithin),
        };
    }

    /// <summary>"30d", "12h", "2w", "90m" or a bare number of days.</summary>
    internal static TimeSpan? ParseSpan(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim().ToLowerInvariant() : string.Empty;
        var unit = text.Length > 0 && char.IsLetter(text[^1]) ? text[^1] : 'd';
        var number = char.IsLetter(unit) && text.Length > 0 && char.IsLetter(text[^1]) ? text[..^1] : text;
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            switch (unit)
            {
                case 'm': return TimeSpan.FromMinutes(value);
                case 'h': return TimeSpan.FromHours(value);
                case 'd': return TimeSpan.FromDays(value);
                case 'w': return TimeSpan.FromDays(7 * value);
            }
        }

        result.AddError($"--posted-within: '{text}' is not a span such as 30d, 12h or 2w");
        return null;
    }

    public static string RoleLabel(Role? role, double? ceoProbability) => (role, ceoProbability) switch
    {
        (Domain.Postings.Role.Ceo, { } p) => string.Create(CultureInfo.InvariantCulture, $"CEO {p * 100:F0}%"),
        (Domain.Postings.Role.Coo, { } p) => string.Create(CultureInfo.InvariantCulture, $"COO {(1 - p) * 100:F0}%"),
        _ => "-",
    };
}
