using JobTagger.Classifier.Roles;
using JobTagger.Domain.Errors;

namespace JobTagger.Cli.Commands.Train;

/// <summary>Finds the repository's <c>training/roles</c> folder from the current folder or any folder above it.</summary>
internal static class TrainingDataLocator
{
    public const string RelativePath = "training/roles";

    public static string Find(string startFolder)
    {
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(Path.Combine(candidate, RoleCorpus.CorpusFile)))
            {
                return candidate;
            }
        }

        throw new JobTaggerException(
            $"{startFolder}: no {RelativePath}/{RoleCorpus.CorpusFile} here or in a parent folder; pass --data DIR");
    }
}
