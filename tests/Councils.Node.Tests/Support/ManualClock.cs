namespace Councils.Node.Tests.Support;

/// <summary>A clock that stands still until the test moves it on; safe to read from any thread.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>2025-11-27 10:00 UTC, the moment the record's examples are dated.</summary>
    public static DateTimeOffset Start { get; } = new(2025, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private long _ticks = start.UtcTicks;

    public ManualClock()
        : this(Start)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
