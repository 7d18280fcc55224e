using JobTagger.Storage.Reading;
using JobTagger.Storage.Writing;

namespace JobTagger.Storage.Tests.Reading;

public sealed class StoredTimeReaderTests
{
    public static TheoryData<string> StoredTexts => new()
    {
        // What StoredTime writes: fixed width, seven fraction digits, Z.
        "2026-02-27T09:00:00.0000000Z",
        // A leap day and the last tick of a second.
        "2024-02-29T23:59:59.9999999Z",
        // Other shapes take the general parser: no fraction, an offset, an impossible date.
        "2026-02-27T09:00:00Z",
        "2026-02-27T11:00:00.0000000+02:00",
        "2026-02-30T09:00:00.0000000Z",
    };

    [Theory]
    [MemberData(nameof(StoredTexts))]
    public void Read_GivesWhatTheGeneralParserGives(string text)
    {
        DateTimeOffset? expected;
        try
        {
            expected = StoredTime.Read(text);
        }
        catch (FormatException)
        {
            expected = null;
        }

        if (expected is { } value)
        {
            var actual = StoredTimeReader.Read(text);
            Assert.Equal((value.UtcTicks, value.Offset), (actual.UtcTicks, actual.Offset));
        }
        else
        {
            Assert.Throws<FormatException>(() => StoredTimeReader.Read(text));
        }
    }

    [Fact]
    public void Read_RoundTripsWhatStoredTimeWrites()
    {
        var time = new DateTimeOffset(2026, 3, 2, 9, 15, 30, TimeSpan.FromHours(-5)).AddTicks(1234567);

        var read = StoredTimeReader.Read(StoredTime.Write(time));

        Assert.Equal((time.UtcTicks, TimeSpan.Zero), (read.UtcTicks, read.Offset));
    }
}
