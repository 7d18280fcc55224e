using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace JobTagger.Web.Assets;

/// <summary>
/// The stylesheet, the script and the icon, embedded in the assembly so the page works offline and from an installed
/// <c>dotnet tool</c> (no wwwroot folder to ship, no CDN).
/// </summary>
internal static class EmbeddedAssets
{
    public const string StylesheetPath = "/assets/site.css";
    public const string ScriptPath = "/assets/search.js";
    public const string IconPath = "/assets/icon.svg";

    private static readonly Asset Stylesheet = Load("JobTagger.Web.Assets.site.css", "text/css; charset=utf-8");
    private static readonly Asset Script = Load("JobTagger.Web.Assets.search.js", "text/javascript; charset=utf-8");
    private static readonly Asset Icon = Load("JobTagger.Web.Assets.icon.svg", "image/svg+xml");

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StylesheetPath, (HttpContext context) => Serve(context, Stylesheet));
        endpoints.MapGet(ScriptPath, (HttpContext context) => Serve(context, Script));
        endpoints.MapGet(IconPath, (HttpContext context) => Serve(context, Icon));

        // Browsers ask for /favicon.ico whatever the page says.
        endpoints.MapGet("/favicon.ico", (HttpContext context) => Serve(context, Icon));
    }

    private static IResult Serve(HttpContext context, Asset asset)
    {
        // The URL has no version in it, so browsers revalidate; the ETag makes that a 304.
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            context.Response.Headers.ETag = asset.ETag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue(asset.ETag));
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8)) + "\"";
        return new Asset(content, contentType, etag);
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
