using Microsoft.Playwright;

namespace JobTagger.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver; nothing is downloaded. A missing browser fails the test
/// with what to do, rather than skipping it silently.
/// </summary>
internal static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"Chromium is not installed at {ExecutablePath}; the browser tests need it. Install it with: apt-get update && apt-get install -y chromium");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs an action that navigates and waits until a URL holding <paramref name="urlPart"/> is parsed. The wait starts
    /// before the action, so a fast navigation cannot finish unseen.
    /// </summary>
    public static async Task NavigateByAsync(IPage page, Func<Task> action, string urlPart)
    {
        var navigation = page.WaitForURLAsync(
            url => url.Contains(urlPart, StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await action();
        await navigation;
    }

    /// <summary>Where screenshots go: beside the test assembly, so CI can keep them as artifacts.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
