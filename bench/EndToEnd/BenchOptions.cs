using System.Globalization;

namespace JobTagger.Bench.EndToEnd;

internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, string? From)
{
    public static BenchOptions Parse(string[] args)
    {
        var sizes = new List<int> { 10_000, 100_000 };
        var runs = 3;
        string? from = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--n":
                    sizes = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--runs":
                    runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--from":
                    from = args[i + 1];
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]} (use --n 10000,100000 --runs 3 --from postings.jsonl)");
            }
        }

        return new BenchOptions(sizes, runs, from);
    }
}
