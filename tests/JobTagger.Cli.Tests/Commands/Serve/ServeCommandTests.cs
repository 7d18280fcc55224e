using System.Net;
using System.Text.Json;
using JobTagger.Cli.Tests.Commands.Search;

namespace JobTagger.Cli.Tests.Commands.Serve;

public sealed class ServeCommandTests(StoredPostingsFixture fixture) : IClassFixture<StoredPostingsFixture>
{
    [Fact]
    public async Task Serve_OnAFreePort_AnswersSearchesUntilCtrlC()
    {
        using var output = new SignalingWriter("Ctrl-C to stop");
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var context = new CliContext(new StringReader(string.Empty), output, error, fixture.Time, IsTerminal: false);

        var serving = CliApp.RunAsync(["serve", "--db", fixture.DbPath, "--urls", "http://127.0.0.1:0", "--cache-seconds", "5"], context, stop.Token);
        var line = await output.Signaled.WaitAsync(TimeSpan.FromSeconds(30));
        var address = line[(line.IndexOf(" at ", StringComparison.Ordinal) + 4)..line.IndexOf(" (", StringComparison.Ordinal)];
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var first = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=investors", UriKind.Relative)));
        // Asked again: served from memory, the same answer.
        using var again = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=Investors", UriKind.Relative)));
        await stop.CancelAsync();
        var exit = await serving;

        Assert.Equal(0, exit);
        Assert.Equal("nw:2", first.RootElement.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(first.RootElement.GetRawText(), again.RootElement.GetRawText());
        Assert.Contains("Stopped.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task Serve_BadCacheSeconds_IsAUsageError(string value)
    {
        var (exit, _, error) = await fixture.RunAsync("serve", "--db", fixture.DbPath, "--cache-seconds", value);

        Assert.Equal(2, exit);
        Assert.Contains("--cache-seconds", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortInUse_SaysSoAndFails()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var (exit, _, error) = await fixture.RunAsync("serve", "--db", fixture.DbPath, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exit);
        Assert.Contains($"127.0.0.1:{port}", error, StringComparison.Ordinal);
    }

    /// <summary>A writer that completes <see cref="Signaled"/> with the first line holding a marker.</summary>
    private sealed class SignalingWriter(string marker) : StringWriter
    {
        private readonly TaskCompletionSource<string> _signaled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Signaled => _signaled.Task;

        public override Task WriteLineAsync(string? value)
        {
            if (value is not null && value.Contains(marker, StringComparison.Ordinal))
            {
                _signaled.TrySetResult(value);
            }

            return base.WriteLineAsync(value);
        }
    }
}
