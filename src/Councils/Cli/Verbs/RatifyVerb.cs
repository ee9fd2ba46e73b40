using System.Text.Json.Nodes;

namespace Councils.Cli.Verbs;

/// <summary><c>councils ratify</c>: the cell's motion answering a federation's agenda item sent for ratification.</summary>
internal static class RatifyVerb
{
    public static readonly Verb Verb = new(
        "ratify",
        "ratify CELL FEDERATION ITEM --by MEMBER [--title TITLE] [--text TEXT]",
        "open the cell's motion answering an item a federation decides by ratification: carried ratifies, rejected or lapsed does not",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var (cell, federation) = (c.Args.Word(0, "the cell's id"), c.Args.Word(1, "the federation's id"));
        var item = c.Args.LongWord(2, "the agenda item (the federation's motion number)");
        var how = CellMotion.Read(c.Args);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        var effect = new JsonObject { ["federation"] = federation, ["motion"] = item, ["type"] = "ratification.answer" };
        return await CellMotion.OpenAsync(c, node, cell, how, $"Ratify item {item} of {federation}", effect,
            $"{cell} ratifies item {item}; whatever the outcome, {federation} records the answer");
    }
}
