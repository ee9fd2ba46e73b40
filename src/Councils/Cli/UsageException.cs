namespace Councils.Cli;

/// <summary>The command line was not understood; the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
