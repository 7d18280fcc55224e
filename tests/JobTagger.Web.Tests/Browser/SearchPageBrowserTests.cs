using JobTagger.Web.Tests.Support;
using Microsoft.Playwright;

namespace JobTagger.Web.Tests.Browser;

/// <summary>A user's visit in a real browser: search, filter by a skill, read a posting, meet a hostile posting.</summary>
public sealed class SearchPageBrowserTests(SqliteWebServer server) : IClassFixture<SqliteWebServer>
{
    [Fact]
    public async Task DreamJobSearch_InChromium_FindsFiltersAndExplainsPostingsSafely()
    {
        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.GetByLabel("Enter your dream job").FillAsync("operations");
        await page.GetByLabel("Where").FillAsync("Austin");
        await ChromiumBrowser.NavigateByAsync(page, () => page.GetByLabel("Where").PressAsync("Enter"), "where=Austin");

        // The query is in the URL with the API's names; defaults are left out.
        Assert.Equal(new Uri(server.BaseAddress, "/?q=operations&where=Austin").ToString(), page.Url);
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("3 jobs");
        // The store ranks by BM25; which of the three comes first is its business.
        var titles = await page.Locator(".hit h3").AllInnerTextsAsync();
        Assert.Equal(["<script>window.pwned=1</script>", "Director of Operations", "VP Operations"], titles.Order(StringComparer.Ordinal));
        var director = page.Locator(".hit").Filter(new LocatorFilterOptions { HasText = "Director of Operations" });
        await Assertions.Expect(director.Locator(".badge")).ToHaveTextAsync("COO-like 88%");
        await Assertions.Expect(director.Locator(".snippet mark").First).ToHaveTextAsync("operations");
        var hostile = page.Locator(".hit").Filter(new LocatorFilterOptions { HasText = "window.pwned=1" });

        // The hostile posting shows its markup as text and runs none of it.
        await Assertions.Expect(hostile.Locator(".meta .company")).ToHaveTextAsync("Evil <b>Corp</b>");
        await Assertions.Expect(hostile.Locator(".snippet")).ToContainTextAsync("<img src=x onerror=\"window.pwned=2\">");
        Assert.Equal(0, await page.Locator(".hit img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.pwned === 'undefined'"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumBrowser.ScreenshotPath("results.png"), FullPage = true });

        // A skill chip narrows the search and stays in the URL.
        var chip = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Only jobs asking for Budgeting" });
        await ChromiumBrowser.NavigateByAsync(page, () => chip.ClickAsync(), "skill=Budgeting");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("2 jobs");
        Assert.Equal(["Director of Operations", "VP Operations"], (await page.Locator(".hit h3").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Remove skill filter Budgeting" })).ToBeVisibleAsync();

        // The detail view marks each skill's evidence and explains the role label.
        var title = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Director of Operations", Exact = true });
        await ChromiumBrowser.NavigateByAsync(page, () => title.ClickAsync(), "/postings/board%3A101");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Director of Operations");
        Assert.Equal(["warehouses", "budget", "process improvement"], await page.Locator(".description mark.skill").AllInnerTextsAsync());
        await Assertions.Expect(page.Locator(".description mark.skill").Nth(1)).ToHaveAttributeAsync("title", "Budgeting");
        await Assertions.Expect(page.Locator(".evidence li").First).ToContainTextAsync("−0.90 towards operations (COO-like)");
        await Assertions.Expect(page.Locator(".evidence li q").First).ToHaveTextAsync("day-to-day operations");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumBrowser.ScreenshotPath("posting.png"), FullPage = true });

        // Back to the very search the user came from.
        var back = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "← Back to search" });
        await ChromiumBrowser.NavigateByAsync(page, () => back.ClickAsync(), "/?q=operations&where=Austin&skill=Budgeting");

        // The hostile posting's own page: still text, still nothing run.
        await page.GotoAsync(new Uri(server.BaseAddress, "/postings/evil%3A1").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(SamplePostings.HostileTitle);
        await Assertions.Expect(page.Locator(".description")).ToContainTextAsync("<script>window.pwned=3</script>");
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.pwned === 'undefined'"));
        Assert.Empty(dialogs);
        Assert.True(consoleErrors.Count == 0, string.Join(Environment.NewLine, consoleErrors));
    }

    [Fact]
    public async Task SharedUrl_InChromium_OpensThatSearchAndWorksByKeyboard()
    {
        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "/?q=operations&role=coo&pageSize=2&page=2").ToString());

        await Assertions.Expect(page.GetByLabel("Enter your dream job")).ToHaveValueAsync("operations");
        await Assertions.Expect(page.GetByLabel("Role")).ToHaveValueAsync("coo");
        await Assertions.Expect(page.Locator(".paging .current")).ToHaveTextAsync("Page 2 of 3");
        Assert.Equal(2, await page.Locator(".hit").CountAsync());

        // "/" focuses the search field; choosing a role by keyboard runs the search.
        await page.Locator("body").PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.GetByLabel("Role").FocusAsync();
        await ChromiumBrowser.NavigateByAsync(page, () => page.GetByLabel("Role").SelectOptionAsync("ceo"), "role=ceo");
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("No jobs match");

        // Keyboard users see where focus is.
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
    }
}
