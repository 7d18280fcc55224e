using System.Net;
using System.Net.Http.Headers;
using JobTagger.Ingest.Crawling.Http;
using Microsoft.Extensions.Time.Testing;

namespace JobTagger.Ingest.Tests.Crawling.Http;

public class RetryAfterDelayTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string?, double?> Cases => new()
    {
        // Delta seconds.
        { "7", 7 },
        // An HTTP date 20 s ahead of the clock.
        { "Mon, 05 Jan 2026 09:00:20 GMT", 20 },
        // A date in the past means now.
        { "Mon, 05 Jan 2026 08:00:00 GMT", 0 },
        // A hostile hour-long wait is cut to the cap (30 s).
        { "3600", 30 },
        // No header: Polly's own backoff applies.
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_RetryAfterHeader_GivesTheCappedDelay(string? header, double? expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        if (header is not null)
        {
            response.Headers.RetryAfter = RetryConditionHeaderValue.Parse(header);
        }

        var delay = RetryAfterDelay.From(response, Clock, TimeSpan.FromSeconds(30));

        Assert.Equal(expectedSeconds, delay?.TotalSeconds);
    }
}
