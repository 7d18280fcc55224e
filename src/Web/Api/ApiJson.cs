using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobTagger.Web.Api;

/// <summary>How the API writes JSON: snake_case names and enum values (<c>"coo"</c>, <c>"description"</c>), nulls kept.</summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
