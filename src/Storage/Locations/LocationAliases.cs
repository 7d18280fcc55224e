using System.Collections.Frozen;

namespace JobTagger.Storage.Locations;

/// <summary>
/// Abbreviations that locations use, mapped to the full names both stored locations and searches are rewritten to,
/// so "Austin, TX" finds "Austin, Texas" and "USA" finds "United States".
/// </summary>
internal static class LocationAliases
{
    public static FrozenDictionary<string, string> ByCode { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["al"] = "alabama", ["ak"] = "alaska", ["az"] = "arizona", ["ar"] = "arkansas", ["ca"] = "california",
        ["co"] = "colorado", ["ct"] = "connecticut", ["de"] = "delaware", ["fl"] = "florida", ["ga"] = "georgia",
        ["hi"] = "hawaii", ["id"] = "idaho", ["il"] = "illinois", ["in"] = "indiana", ["ia"] = "iowa",
        ["ks"] = "kansas", ["ky"] = "kentucky", ["la"] = "louisiana", ["me"] = "maine", ["md"] = "maryland",
        ["ma"] = "massachusetts", ["mi"] = "michigan", ["mn"] = "minnesota", ["ms"] = "mississippi", ["mo"] = "missouri",
        ["mt"] = "montana", ["ne"] = "nebraska", ["nv"] = "nevada", ["nh"] = "new hampshire", ["nj"] = "new jersey",
        ["nm"] = "new mexico", ["ny"] = "new york", ["nc"] = "north carolina", ["nd"] = "north dakota", ["oh"] = "ohio",
        ["ok"] = "oklahoma", ["or"] = "oregon", ["pa"] = "pennsylvania", ["ri"] = "rhode island", ["sc"] = "south carolina",
        ["sd"] = "south dakota", ["tn"] = "tennessee", ["tx"] = "texas", ["ut"] = "utah", ["vt"] = "vermont",
        ["va"] = "virginia", ["wa"] = "washington", ["wv"] = "west virginia", ["wi"] = "wisconsin", ["wy"] = "wyoming",
        ["dc"] = "district of columbia",
        ["us"] = "united states", ["usa"] = "united states", ["u s"] = "united states", ["u s a"] = "united states",
        ["united states of america"] = "united states", ["america"] = "united states",
        ["uk"] = "united kingdom", ["gb"] = "united kingdom", ["great britain"] = "united kingdom",
        ["england"] = "united kingdom", ["u k"] = "united kingdom",
        ["uae"] = "united arab emirates", ["deutschland"] = "germany", ["nyc"] = "new york",
        ["sf"] = "san francisco", ["bay area"] = "san francisco",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
