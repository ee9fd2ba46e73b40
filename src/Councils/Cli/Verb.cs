namespace Councils.Cli;

/// <summary>One verb of the command line: the words that name it, how to use it, and what it runs.</summary>
internal sealed record Verb(string Name, string Usage, string Summary, Func<CliContext, Task<int>> RunAsync)
{
    public string[] Words { get; } = Name.Split(' ');
}
