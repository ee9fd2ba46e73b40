namespace Councils.Tests.Support;

/// <summary>The system's clock, moved on by the test: time runs as usual, and a test can jump ahead past an expiry.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _shift;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _shift));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _shift, by.Ticks);
}
