namespace JobTagger.Domain.Postings;

/// <summary>A pay range as the posting states it. <see cref="Unit"/> is HOUR, DAY, WEEK, MONTH or YEAR when known.</summary>
public sealed record SalaryRange(decimal? Min, decimal? Max, string? Currency, string? Unit);
