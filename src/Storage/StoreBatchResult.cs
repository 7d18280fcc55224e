namespace JobTagger.Storage;

/// <summary>What one <c>SqliteJobStore.StoreBatchAsync</c> call did with each posting and reject.</summary>
public sealed record StoreBatchResult(int Inserted, int Updated, int Unchanged, int Duplicates, int Rejected)
{
    public static StoreBatchResult Empty { get; } = new(0, 0, 0, 0, 0);

    public StoreBatchResult Add(StoreBatchResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Inserted + other.Inserted,
            Updated + other.Updated,
            Unchanged + other.Unchanged,
            Duplicates + other.Duplicates,
            Rejected + other.Rejected);
    }
}
