using System.Text.Json.Nodes;
using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils recall petition|open</c>.</summary>
internal static class RecallVerbs
{
    public static readonly Verb Petition = new(
        "recall petition",
        "recall petition CELL FEDERATION DELEGATE --by MEMBER",
        "support recalling one of the cell's delegates (a recall motion opens once the charter's recallSupport members support it)",
        PetitionAsync);

    public static readonly Verb Open = new(
        "recall open",
        "recall open CELL FEDERATION DELEGATE --by MEMBER [--title TITLE] [--text TEXT]",
        "open the cell's motion recalling a delegate; if it carries their authority ends at once and the first substitute takes the seat",
        OpenAsync);

    private static async Task<int> PetitionAsync(CliContext c)
    {
        var (cell, federation, who) = Words(c.Args);
        var request = new PetitionRecall(c.Args.Required("by"), federation, who);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.PetitionRecallAsync(cell, request, c.Cancellation),
            r => $"Support for recalling {who} from {federation} recorded in {cell} as event {r.Seq}.");
    }

    private static async Task<int> OpenAsync(CliContext c)
    {
        var (cell, federation, who) = Words(c.Args);
        var how = CellMotion.Read(c.Args);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        var body = await node.GetBodyAsync(cell, c.Cancellation);
        // A delegate is one of the cell's members; the effect names them by key.
        var key = CellMotion.KeyOf(body, who) ?? throw new UsageException($"'{who}' is not a member of {cell}: name the delegate by handle, name or key");
        var name = CellMotion.NameOf(body, key);
        var effect = new JsonObject { ["delegate"] = key, ["federation"] = federation, ["type"] = "delegate.recall" };
        return await CellMotion.OpenAsync(c, node, cell, how, $"Recall {name} from {federation}", effect,
            $"{name}'s authority in {federation} ends at once and the first substitute takes the seat");
    }

    private static (string Cell, string Federation, string Delegate) Words(Args args) =>
        (args.Word(0, "the cell's id"), args.Word(1, "the federation's id"), args.Word(2, "the delegate (handle or key)"));
}
