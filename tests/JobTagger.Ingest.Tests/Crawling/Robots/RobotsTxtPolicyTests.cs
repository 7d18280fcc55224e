using JobTagger.Ingest.Crawling.Robots;

namespace JobTagger.Ingest.Tests.Crawling.Robots;

public class RobotsTxtPolicyTests
{
    private static readonly Uri RobotsUrl = new("http://example.com/robots.txt");

    // The example file of RFC 9309 section 5.1, in our own words: four groups, one of them for two agents.
    private const string RfcExample = """
        User-Agent: *
        Disallow: *.gif$
        Disallow: /example/
        Allow: /publications/

        User-Agent: foobot
        Disallow:/
        Allow:/example/page.html
        Allow:/example/allowed.gif

        User-Agent: barbot
        User-Agent: bazbot
        Disallow: /example/page.html

        User-Agent: quxbot

        EOF
        """;

    public static TheoryData<string, string, bool> RfcExampleCases => new()
    {
        // foobot may fetch only the two allowed files.
        { "foobot", "/example/page.html", true },
        { "foobot", "/example/allowed.gif", true },
        { "foobot", "/example/other.html", false },
        { "foobot", "/", false },
        // barbot and bazbot share one group.
        { "barbot", "/example/page.html", false },
        { "bazbot", "/example/page.html", false },
        { "bazbot", "/example/other.html", true },
        // quxbot has a group with no rules: everything is allowed, the * group does not apply.
        { "quxbot", "/example/page.gif", true },
        // Any other agent gets the * group: gif files and /example/ are out, /publications/ is in.
        { "JobTagger", "/images/logo.gif", false },
        { "JobTagger", "/images/logo.gif?x=1", true },
        { "JobTagger", "/example/", false },
        { "JobTagger", "/publications/report", true },
        { "JobTagger", "/jobs/1", true },
        // Agent names match case-insensitively.
        { "FooBot", "/example/other.html", false },
    };

    [Theory]
    [MemberData(nameof(RfcExampleCases))]
    public void IsAllowed_RfcExampleFile_FollowsTheGroupOfTheAgent(string agent, string path, bool allowed)
    {
        var policy = RobotsTxtPolicy.Parse(RfcExample, agent, RobotsUrl);

        Assert.Equal(allowed, policy.IsAllowed(path));
    }

    public static TheoryData<string, string, bool> PrecedenceCases => new()
    {
        // RFC 9309 5.2: the longest match wins.
        { "allow: /example/page/\ndisallow: /example/page/disallowed.gif", "/example/page/disallowed.gif", false },
        { "allow: /example/page/\ndisallow: /example/page/disallowed.gif", "/example/page/ok.gif", true },
        // Google: "allow: /p" and "disallow: /": /page is allowed (longer).
        { "allow: /p\ndisallow: /", "/page", true },
        // Google: equal length, the least restrictive (allow) wins.
        { "allow: /folder\ndisallow: /folder", "/folder/page", true },
        // Google: "/*.htm" (6) is longer than "/page" (5): disallowed.
        { "allow: /page\ndisallow: /*.htm", "/page.htm", false },
        // Google: "allow: /$" only allows the root itself.
        { "allow: /$\ndisallow: /", "/", true },
        { "allow: /$\ndisallow: /", "/page.htm", false },
        // An empty Disallow disallows nothing.
        { "disallow:", "/anything", true },
        // No matching rule: allowed.
        { "disallow: /private", "/public", true },
    };

    [Theory]
    [MemberData(nameof(PrecedenceCases))]
    public void IsAllowed_CompetingRules_LongestMatchWinsAndAllowWinsTies(string rules, string path, bool allowed)
    {
        var policy = RobotsTxtPolicy.Parse("user-agent: *\n" + rules, "JobTagger", RobotsUrl);

        Assert.Equal(allowed, policy.IsAllowed(path));
    }

    public static TheoryData<string, string, bool> PatternCases => new()
    {
        // Google's path matching table: "/fish" is a prefix, case-sensitive.
        { "/fish", "/fish", true },
        { "/fish", "/fish.html", true },
        { "/fish", "/fishheads/yummy.html", true },
        { "/fish", "/fish.php?id=anything", true },
        { "/fish", "/Fish.asp", false },
        { "/fish", "/catfish", false },
        { "/fish", "/?id=fish", false },
        // A trailing * changes nothing.
        { "/fish*", "/fishheads", true },
        { "/fish*", "/desert/fish", false },
        // "/fish/" needs the slash.
        { "/fish/", "/fish/salmon.htm", true },
        { "/fish/", "/fish/?id=anything", true },
        { "/fish/", "/fish", false },
        { "/fish/", "/fish.html", false },
        // "/*.php" anywhere in the path.
        { "/*.php", "/index.php", true },
        { "/*.php", "/folder/any.php.file.html", true },
        { "/*.php", "/filename.php/", true },
        { "/*.php", "/", false },
        { "/*.php", "/windows.PHP", false },
        // "$" anchors the end.
        { "/*.php$", "/folder/filename.php", true },
        { "/*.php$", "/filename.php?parameters", false },
        { "/*.php$", "/filename.php5", false },
        // "*" in the middle.
        { "/fish*.php", "/fishheads/catfish.php?parameters", true },
        { "/fish*.php", "/Fish.PHP", false },
        // RFC 9309 2.2.2: a raw UTF-8 rule matches the percent-encoded path; escapes compare case-insensitively in hex.
        { "/foo/bar/ツ", "/foo/bar/%E3%83%84", true },
        { "/foo/bar/%e3%83%84", "/foo/bar/%E3%83%84", true },
        // Encoded octets are not decoded: %62%61%7A is not "baz".
        { "/foo/bar/%62%61%7A", "/foo/bar/baz", false },
        // Many wildcards do not blow up.
        { "/*a*a*a*a*a*a*a*a*b", "/" + new string('a', 200), false },
    };

    [Theory]
    [MemberData(nameof(PatternCases))]
    public void IsAllowed_WildcardPatterns_MatchLikeGoogleDocuments(string disallow, string path, bool matches)
    {
        var policy = RobotsTxtPolicy.Parse($"user-agent: *\ndisallow: {disallow}", "JobTagger", RobotsUrl);

        Assert.Equal(matches, !policy.IsAllowed(path));
    }

    [Fact]
    public void Parse_GroupsForOneAgentInTwoPlaces_AreMerged()
    {
        const string text = "user-agent: jobtagger\ndisallow: /a\n\nuser-agent: other\ndisallow: /\n\nuser-agent: JobTagger\ndisallow: /b\n";

        var policy = RobotsTxtPolicy.Parse(text, "JobTagger", RobotsUrl);

        Assert.False(policy.IsAllowed("/a"));
        Assert.False(policy.IsAllowed("/b"));
        Assert.True(policy.IsAllowed("/c"));
    }

    [Fact]
    public void Parse_CrawlDelayAndSitemaps_AreRead()
    {
        const string text = "Sitemap: /sitemap-index.xml # relative, resolved against robots.txt\n" +
            "user-agent: *\ncrawl-delay: 2.5\ndisallow: /private\n\nsitemap: https://cdn.example.com/jobs.xml.gz\n";

        var policy = RobotsTxtPolicy.Parse(text, "JobTagger", RobotsUrl);

        Assert.Equal(TimeSpan.FromSeconds(2.5), policy.CrawlDelay);
        Assert.Equal(["http://example.com/sitemap-index.xml", "https://cdn.example.com/jobs.xml.gz"], policy.Sitemaps.Select(s => s.AbsoluteUri));
    }

    [Fact]
    public void Parse_AgentWithVersion_MatchesItsProductToken()
    {
        var policy = RobotsTxtPolicy.Parse("User-agent: JobTagger/0.1\nDisallow: /\n", "JobTagger", RobotsUrl);

        Assert.False(policy.IsAllowed("/jobs/1"));
    }

    [Fact]
    public void DisallowAll_StillAllowsRobotsTxtItself()
    {
        var policy = RobotsTxtPolicy.DisallowAll("robots.txt unreachable");

        Assert.False(policy.IsAllowed(new Uri("http://example.com/jobs/1")));
        Assert.True(policy.IsAllowed(new Uri("http://example.com/robots.txt")));
        Assert.True(RobotsTxtPolicy.AllowAll.IsAllowed(new Uri("http://example.com/jobs/1")));
    }
}
