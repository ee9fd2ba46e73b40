namespace Councils.Cli;

/// <summary>A running node refused a request; carries its problem detail.</summary>
internal sealed class RemoteProblem(int status, string? rule, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string? Rule { get; } = rule;
}
