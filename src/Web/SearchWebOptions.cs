namespace JobTagger.Web;

/// <summary>How <see cref="SearchWebApp"/> serves searches.</summary>
public sealed record SearchWebOptions
{
    /// <summary>The default <see cref="CacheDuration"/>.</summary>
    public static readonly TimeSpan DefaultCacheDuration = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a search's answer is served again from memory (so results can be this much behind the database);
    /// <see cref="TimeSpan.Zero"/> reads the store for every search.
    /// </summary>
    public TimeSpan CacheDuration { get; init; } = DefaultCacheDuration;

    /// <summary>The clock cached answers expire by.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
