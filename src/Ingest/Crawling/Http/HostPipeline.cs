using Polly;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>One host's resilience pipeline and the limiters and timers it owns.</summary>
internal sealed class HostPipeline(ResiliencePipeline<HttpResponseMessage> pipeline, IReadOnlyList<IDisposable> resources) : IDisposable
{
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; } = pipeline;

    public void Dispose()
    {
        foreach (var resource in resources)
        {
            resource.Dispose();
        }
    }
}
