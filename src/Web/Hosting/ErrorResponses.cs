using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace JobTagger.Web.Hosting;

/// <summary>
/// Failures answer with a JSON problem and a status code, never a stack trace: unhandled exceptions (500, logged in
/// one line), malformed requests (400), a full search queue (503), and bodiless statuses such as 404 or 405.
/// </summary>
internal static class ErrorResponses
{
    public static async Task HandleExceptionAsync(HttpContext context, TextWriter? errorLog)
    {
        ArgumentNullException.ThrowIfNull(context);
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            await WriteAsync(context, bad.StatusCode, "The request is not valid.");
            return;
        }

        if (error is SearchBusyException busy)
        {
            context.Response.Headers.RetryAfter = "1";
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, busy.Message);
            return;
        }

        if (errorLog is not null && error is not null)
        {
            await errorLog.WriteLineAsync($"serve: error on {context.Request.Method} {context.Request.Path}: {error.GetType().Name}: {error.Message}");
        }

        await WriteAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong on the server. Please try again.");
    }

    public static Task WriteStatusAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        var title = status switch
        {
            StatusCodes.Status404NotFound => "Not found.",
            StatusCodes.Status405MethodNotAllowed => "This method is not allowed here; use GET.",
            _ => "The request failed.",
        };
        return WriteAsync(context, status, title);
    }

    public static Task WriteAsync(HttpContext context, int status, string title)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        return Results.Problem(title: title, statusCode: status).ExecuteAsync(context);
    }
}
