using Councils.Node;

namespace Councils.Api;

/// <summary>Closes motions whose time is up, so a decision never waits for someone to ask for it.</summary>
internal sealed class MotionCloser(LocalNode node, ILogger<MotionCloser> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await node.CloseDueMotionsAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Closing due motions failed; will try again.");
            }
        }
    }
}
