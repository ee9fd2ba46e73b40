using System.Text.Json.Nodes;

namespace Councils.Cli.Verbs;

/// <summary><c>councils federation join|withdraw|show</c>.</summary>
internal static class FederationVerbs
{
    public static readonly Verb Join = new(
        "federation join",
        "federation join CELL FEDERATION --competences A,B --by MEMBER [--title TITLE] [--text TEXT]",
        "open the cell's motion to join a federation, delegating those kinds of matter (members vote and close it as usual)",
        JoinAsync);

    public static readonly Verb Withdraw = new(
        "federation withdraw",
        "federation withdraw CELL FEDERATION --by MEMBER [--title TITLE] [--text TEXT]",
        "open the cell's motion to withdraw from a federation (the federation cannot refuse it)",
        WithdrawAsync);

    public static readonly Verb Show = new(
        "federation show",
        "federation show BODY",
        "a federation's member bodies, competences, seats and applicants; a cell's federations, seats, substitutes, mandates and recalls",
        ShowAsync);

    private static async Task<int> JoinAsync(CliContext c)
    {
        var (cell, federation) = (c.Args.Word(0, "the cell's id"), c.Args.Word(1, "the federation's id"));
        var competences = CellMotion.List(c.Args.Required("competences"));
        var how = CellMotion.Read(c.Args);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        var effect = new JsonObject { ["competences"] = CellMotion.Array(competences), ["federation"] = federation, ["type"] = "federation.join" };
        return await CellMotion.OpenAsync(c, node, cell, how, $"Join {federation}, delegating {string.Join(", ", competences)}", effect,
            $"{cell} joins {federation}");
    }

    private static async Task<int> WithdrawAsync(CliContext c)
    {
        var (cell, federation) = (c.Args.Word(0, "the cell's id"), c.Args.Word(1, "the federation's id"));
        var how = CellMotion.Read(c.Args);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        var effect = new JsonObject { ["federation"] = federation, ["type"] = "federation.withdraw" };
        return await CellMotion.OpenAsync(c, node, cell, how, $"Withdraw from {federation}", effect,
            $"{cell} leaves {federation} and its delegates lose their seats at once");
    }

    private static async Task<int> ShowAsync(CliContext c)
    {
        var body = c.Args.Word(0, "the body's id");
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.GetBodyAsync(body, c.Cancellation), b =>
        {
            var lines = FederationText.Lines(b);
            return lines.Count > 0
                ? $"{b.Name} ({b.Kind}, id {b.Id})\n{string.Join('\n', lines)}"
                : b.Kind == "federation"
                    ? $"{b.Name} (federation, id {b.Id}) has no member bodies yet."
                    : $"{b.Name} ({b.Kind}, id {b.Id}) belongs to no federation.";
        });
    }
}
