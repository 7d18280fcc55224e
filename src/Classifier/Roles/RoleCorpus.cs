using System.Security.Cryptography;
using JobTagger.Domain.Errors;

namespace JobTagger.Classifier.Roles;

/// <summary>
/// The role training data in a folder: <c>corpus.tsv</c> (label&lt;TAB&gt;statement) and, optionally, <c>titles.tsv</c>
/// (label&lt;TAB&gt;job title). Labels are coo, ceo or neutral; a header line "label&lt;TAB&gt;text" and lines starting
/// with # are skipped.
/// </summary>
public sealed record RoleCorpus(IReadOnlyList<LabelledStatement> Statements, string Sha256)
{
    public const string CorpusFile = "corpus.tsv";
    public const string TitlesFile = "titles.tsv";

    public static RoleCorpus Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var corpusPath = Path.Combine(folder, CorpusFile);
        if (!File.Exists(corpusPath))
        {
            throw JobTaggerException.FileNotFound(corpusPath);
        }

        var titlesPath = Path.Combine(folder, TitlesFile);
        var statements = new List<LabelledStatement>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Read(corpusPath, isTitle: false, statements, hash);
        if (File.Exists(titlesPath))
        {
            Read(titlesPath, isTitle: true, statements, hash);
        }

        return new RoleCorpus(statements, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void Read(string path, bool isTitle, List<LabelledStatement> statements, IncrementalHash hash)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw JobTaggerException.Unreadable(path, ex);
        }

        hash.AppendData(bytes);
        using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(bytes));
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || (lineNumber == 1 && line.StartsWith("label\t", StringComparison.Ordinal)))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var label = tab < 0 ? string.Empty : line[..tab].Trim().ToUpperInvariant();
            if (tab < 0 || label is not ("COO" or "CEO" or "NEUTRAL") || string.IsNullOrWhiteSpace(line[(tab + 1)..]))
            {
                throw JobTaggerException.InvalidData($"{path}:{lineNumber}", "expected 'coo|ceo|neutral<TAB>text'");
            }

            statements.Add(new LabelledStatement(label.ToLowerInvariant(), line[(tab + 1)..].Trim(), isTitle));
        }
    }
}
