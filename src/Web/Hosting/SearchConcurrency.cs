using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace JobTagger.Web.Hosting;

/// <summary>
/// Bounds how many searches run at once. A search is CPU work inside SQLite: running more of them than there are cores
/// only adds memory (a page cache per connection) and switching, so the rest wait in a queue, oldest first; past the
/// queue the server answers 503 at once (a JSON problem with Retry-After) instead of letting requests pile up.
/// </summary>
internal static class SearchConcurrency
{
    public const string Policy = "search";
    public const int QueueLimit = 256;

    public static void AddTo(IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(ErrorResponses.WriteAsync(context.HttpContext, StatusCodes.Status503ServiceUnavailable, "The server is busy; try again in a moment."));
            };
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = Math.Max(2, Environment.ProcessorCount);
                limiter.QueueLimit = QueueLimit;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
    }

    public static TBuilder Limit<TBuilder>(TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireRateLimiting(Policy);
}
