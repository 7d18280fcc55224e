using System.CommandLine;
using JobTagger.Domain.Errors;
using JobTagger.Ingest.Crawling;

namespace JobTagger.Cli.Commands.Crawl;

/// <summary>The arguments and options of <c>jobtagger crawl</c>, read into one validated <see cref="CrawlOptions"/>.</summary>
internal sealed class CrawlCommandOptions
{
    public Argument<string[]> Urls { get; } = new("url")
    {
        Description = "Where to start: job page URLs, sitemaps (.xml, .xml.gz, sitemap indexes) or site roots (https://jobs.example.com/).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Database { get; } = CommonOptions.Database();

    public Option<int> MaxPages { get; } = new("--max-pages") { Description = "Fetch at most this many pages.", DefaultValueFactory = _ => 1000 };

    public Option<double> Rate { get; } = new("--rate")
    {
        Description = "Requests per second per host (0: no limit). A stricter robots.txt Crawl-delay wins.",
        DefaultValueFactory = _ => 1.0,
    };

    public Option<int> Concurrency { get; } = new("--concurrency") { Description = "Pages fetched at once (also the most per host).", DefaultValueFactory = _ => 4 };

    public Option<bool> IgnoreRobots { get; } = new("--ignore-robots") { Description = "Do not read or obey robots.txt (only for sites you run)." };

    public Option<string?> UserAgent { get; } = new("--user-agent") { Description = "The User-Agent header (default: JobTagger/0.1 (+CONTACT))." };

    public Option<string?> Contact { get; } = new("--contact") { Description = "A URL where site owners can reach you; put in the User-Agent." };

    public Option<bool> AllHosts { get; } = new("--all-hosts") { Description = "Follow job links to other hosts too." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Urls);
        foreach (var option in new Option[] { Database, MaxPages, Rate, Concurrency, IgnoreRobots, UserAgent, Contact, AllHosts })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The crawl options; every problem with the command line is reported at once.</summary>
    public CrawlOptions Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var problems = new List<string>();
        var seeds = new List<Uri>();
        foreach (var text in parseResult.GetValue(Urls) ?? [])
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var url))
            {
                seeds.Add(url);
            }
            else
            {
                problems.Add($"{text}: not an absolute URL (write it with http:// or https://)");
            }
        }

        Uri? contact = null;
        if (parseResult.GetValue(Contact) is { } contactText && !Uri.TryCreate(contactText, UriKind.Absolute, out contact))
        {
            problems.Add($"--contact {contactText}: not an absolute URL");
        }

        var options = new CrawlOptions
        {
            Seeds = seeds,
            MaxPages = parseResult.GetValue(MaxPages),
            RatePerSecond = parseResult.GetValue(Rate),
            Concurrency = parseResult.GetValue(Concurrency),
            IgnoreRobots = parseResult.GetValue(IgnoreRobots),
            UserAgent = parseResult.GetValue(UserAgent),
            Contact = contact,
            AllHosts = parseResult.GetValue(AllHosts),
        };
        problems.AddRange(options.Validate().Where(p => seeds.Count > 0 || !p.StartsWith("at least one", StringComparison.Ordinal)));
        if (problems.Count > 0)
        {
            throw JobTaggerException.InvalidData("crawl", string.Join("; ", problems));
        }

        return options;
    }
}
