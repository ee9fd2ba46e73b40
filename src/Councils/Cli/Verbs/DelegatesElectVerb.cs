using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils delegates elect</c>.</summary>
internal static class DelegatesElectVerb
{
    public static readonly Verb Verb = new(
        "delegates elect",
        "delegates elect CELL FEDERATION --candidates A,B,C --by MEMBER [--title TITLE]",
        "open the cell's election of its delegates to a federation: single transferable vote for the charter's seats; the rest become substitutes in order",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var (cell, federation) = (c.Args.Word(0, "the cell's id"), c.Args.Word(1, "the federation's id"));
        var candidates = CellMotion.List(c.Args.Required("candidates"));
        var request = new ElectDelegates(c.Args.Required("by"), federation, candidates, c.Args.Optional("title"));
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.ElectDelegatesAsync(cell, request, c.Cancellation), v =>
            $"{CellMotion.Opened(v)} Members rank the candidates: councils vote --body {cell} --motion {v.Id} --by MEMBER --rank \"{string.Join('>', candidates)}\".");
    }
}
