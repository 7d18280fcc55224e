namespace JobTagger.Bench.Web;

/// <summary>
/// What a search box receives: a fixed set of distinct searches (words, some still being typed, places, role and
/// skill filters, later pages, plain listings) asked with Zipf popularity - the k-th most popular is asked 1/k as
/// often as the first, the shape of real search logs - so some searches repeat and most of the tail does not.
/// </summary>
internal sealed class QueryMix
{
    private static readonly string[] Whats =
    [
        "operations", "operations director", "chief operating officer", "coo", "vp operations", "head of operations",
        "supply chain", "plant manager", "general manager", "strategy", "chief strategy officer", "ceo", "president",
        "fundraising", "investor relations", "mergers and acquisitions", "partnerships", "budget", "lean", "logistics",
        "procurement", "six sigma", "warehouse", "healthcare", "pricing", "board", "vendors", "process improvement",
        "managing director", "business development",
        // Being typed.
        "operat", "oper", "supply ch", "strat", "fundrai", "plant man", "chief op", "logis", "procure", "investo",
    ];

    private static readonly string[] Wheres =
    [
        "Austin", "Austin, TX", "texas", "New York", "Denver", "Chicago", "Seattle, WA", "Boston", "remote", "Germany",
        "London", "San Francisco, California", "Atlanta", "Nashville", "Dallas",
    ];

    private static readonly string[] Skills =
    [
        "Budgeting", "Lean", "Logistics", "Fundraising", "Strategic Planning", "Process Improvement", "Vendor Management",
        "Inventory Management", "Partnerships", "Board Relations",
    ];

    private readonly string[] _paths;
    private readonly double[] _cumulative;

    public QueryMix(int distinct, int seed)
    {
        var random = new Random(seed);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        while (paths.Count < distinct)
        {
            paths.Add(Generate(random));
        }

        // The popularity order is random, not the generation order.
        _paths = [.. paths.OrderBy(_ => random.Next())];
        _cumulative = new double[_paths.Length];
        var sum = 0.0;
        for (var k = 0; k < _paths.Length; k++)
        {
            sum += 1.0 / (k + 1);
            _cumulative[k] = sum;
        }
    }

    public int Count => _paths.Length;

    /// <summary>Every distinct search, the most popular first.</summary>
    public IReadOnlyList<string> Paths => _paths;

    public string Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var at = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _paths[Math.Min(at >= 0 ? at : ~at, _paths.Length - 1)];
    }

    private static string Generate(Random random)
    {
        var parts = new List<string>();
        // One in eight is a listing without words (filters only).
        if (random.Next(8) != 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(Whats[random.Next(Whats.Length)]));
        }

        if (random.Next(3) == 0)
        {
            parts.Add("where=" + Uri.EscapeDataString(Wheres[random.Next(Wheres.Length)]));
        }

        if (random.Next(4) == 0)
        {
            parts.Add(random.Next(2) == 0 ? "role=coo" : "role=ceo");
        }

        if (random.Next(6) == 0)
        {
            parts.Add("skill=" + Uri.EscapeDataString(Skills[random.Next(Skills.Length)]));
        }

        if (random.Next(5) == 0)
        {
            parts.Add("page=" + (2 + random.Next(3)));
        }

        return "/api/search" + (parts.Count > 0 ? "?" + string.Join('&', parts) : string.Empty);
    }
}
