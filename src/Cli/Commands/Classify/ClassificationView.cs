using JobTagger.Domain.Postings;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Classify;

/// <summary>What <c>classify</c> shows on a terminal: the verdict, the sentences behind it, and the skills.</summary>
internal static class ClassificationView
{
    public static void Render(IAnsiConsole console, TaggedPosting tagged)
    {
        if (tagged.Role is { } role)
        {
            var label = role.Role == Role.Ceo ? "CEO-like (strategy leadership)" : "COO-like (operations leadership)";
            console.MarkupLineInterpolated($"[bold]{label}[/]  P(CEO-like) = {role.CeoProbability:0.00}  (model {role.ModelVersion})");
            if (role.Evidence.Count > 0)
            {
                var why = new Table().Title("Why").AddColumn("Towards").AddColumn(new TableColumn("Weight").RightAligned()).AddColumn("Quoted from the posting");
                foreach (var evidence in role.Evidence)
                {
                    why.AddRow(
                        new Text(evidence.Weight >= 0 ? "CEO-like" : "COO-like"),
                        new Text($"{evidence.Weight:+0.00;-0.00}"),
                        new Text(evidence.Text));
                }

                console.Write(why);
            }
        }

        if (tagged.Skills.Count == 0)
        {
            console.WriteLine("No skills found.");
            return;
        }

        var skills = new Table().Title("Skills").AddColumn("Skill").AddColumn("Category").AddColumn("Evidence");
        foreach (var skill in tagged.Skills)
        {
            skills.AddRow(new Text(skill.Name), new Text(skill.Category), new Text(string.Join(" | ", skill.Evidence.Select(e => e.Text))));
        }

        console.Write(skills);
    }
}
