using JobTagger.Storage.Search;
using JobTagger.Web.Api;
using JobTagger.Web.Assets;
using JobTagger.Web.Hosting;
using JobTagger.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobTagger.Web;

/// <summary>
/// The "find your dream job" web app: the search page, a posting's page, and the JSON API over an
/// <see cref="IPostingSearch"/>. Every asset is embedded, so it works offline.
/// </summary>
public static class SearchWebApp
{
    /// <summary>
    /// Builds the app (not started) listening on <paramref name="urls"/>; <c>http://127.0.0.1:0</c> picks a free port
    /// (read it with <see cref="Addresses"/> after starting). Unexpected errors are written, one line each, to
    /// <paramref name="errorLog"/>. Store reads are limited to one per core (the rest queue) and answers are cached as
    /// <paramref name="options"/> say.
    /// </summary>
    public static WebApplication Build(IPostingSearch search, IReadOnlyList<string> urls, TextWriter? errorLog = null, SearchWebOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(urls);
        options ??= new SearchWebOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SearchWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,

            // Never the developer exception page, whatever ASPNETCORE_ENVIRONMENT says.
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        // Created by the container, so it disposes them with the app.
        builder.Services.AddSingleton(_ => new LimitedPostingSearch(search));
        builder.Services.AddSingleton<IPostingSearch>(services => options.CacheDuration > TimeSpan.Zero
            ? new CachingPostingSearch(services.GetRequiredService<LimitedPostingSearch>(), options.CacheDuration, options.Time)
            : services.GetRequiredService<LimitedPostingSearch>());
        builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));

        var app = builder.Build();
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => ErrorResponses.HandleExceptionAsync(context, errorLog),
        });
        app.UseStatusCodePages(context => ErrorResponses.WriteStatusAsync(context.HttpContext));
        SearchPages.Map(app);
        SearchApi.Map(app);
        EmbeddedAssets.Map(app);
        return app;
    }

    /// <summary>The addresses the started app listens on, with the real port when port 0 was asked for.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is null ? [] : [.. addresses];
    }
}
