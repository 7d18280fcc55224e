using JobTagger.Domain.Errors;

namespace JobTagger.Cli.Commands.Serve;

/// <summary>Reads <c>--urls</c>: absolute http(s) URLs separated by ';', as ASP.NET Core's own <c>urls</c> setting.</summary>
internal static class ServeUrls
{
    public static IReadOnlyList<string> Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var urls = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            throw JobTaggerException.InvalidData("--urls", "give at least one URL to listen on, for example http://127.0.0.1:5080");
        }

        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw JobTaggerException.InvalidData("--urls", $"'{url}' is not an http:// or https:// URL");
            }
        }

        return urls;
    }
}
