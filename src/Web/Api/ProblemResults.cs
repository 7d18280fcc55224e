using Microsoft.AspNetCore.Http;

namespace JobTagger.Web.Api;

/// <summary>The JSON problems (RFC 9457) the API answers with; never a stack trace.</summary>
internal static class ProblemResults
{
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The search parameters are not valid.");

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found.", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
