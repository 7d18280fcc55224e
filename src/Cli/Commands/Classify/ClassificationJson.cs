using System.Text.Json;
using System.Text.Json.Serialization;
using JobTagger.Domain.Postings;

namespace JobTagger.Cli.Commands.Classify;

/// <summary>The <c>classify --json</c> document: the role, its probability, the explanation and the skills.</summary>
internal static class ClassificationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(TaggedPosting tagged)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        var role = tagged.Role;
        var document = new
        {
            title = tagged.Posting.Title,
            role = role?.Role,
            ceo_probability = role is null ? (double?)null : Math.Round(role.CeoProbability, 4),
            model_version = role?.ModelVersion,
            explanation = role?.Evidence.Select(e => new
            {
                toward = e.Weight >= 0 ? Role.Ceo : Role.Coo,
                weight = Math.Round(e.Weight, 4),
                text = e.Text,
                field = e.Field,
                start = e.Start,
                length = e.Length,
            }),
            skills = tagged.Skills.Select(s => new
            {
                id = s.SkillId,
                name = s.Name,
                category = s.Category,
                evidence = s.Evidence.Select(e => new { text = e.Text, field = e.Field, start = e.Start, length = e.Length }),
            }),
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
