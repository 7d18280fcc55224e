namespace JobTagger.Ingest.Crawling.Robots;

/// <summary>One <c>Allow</c> or <c>Disallow</c> line of a robots.txt group.</summary>
internal readonly record struct RobotsRule(bool Allow, RobotsPathPattern Pattern);
