using System.Text.Json.Nodes;
using Councils.Domain;
using Councils.Node;

namespace Councils.Cli.Verbs;

/// <summary><c>councils mandate</c>: the cell's motion deciding its delegates' mandate on a federation's agenda item.</summary>
internal static class MandateVerb
{
    private const string UnknownBody = "unknown-body";

    public static readonly Verb Verb = new(
        "mandate",
        "mandate CELL FEDERATION ITEM (--allow yes[,abstain] | --free) [--fallback CHOICES | --fallback-free] [--revision N] --by MEMBER [--title TITLE]",
        "open the cell's motion mandating its delegates on an agenda item: bound (one choice), latitude (several) or free; the fallback (free unless given) holds once the item is amended",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var (cell, federation) = (c.Args.Word(0, "the cell's id"), c.Args.Word(1, "the federation's id"));
        var item = c.Args.LongWord(2, "the agenda item (the federation's motion number)");
        var allow = Choices(c.Args, "allow", "free", required: true);
        var fallback = Choices(c.Args, "fallback", "fallback-free", required: false);
        var revision = c.Args.OptionalLong("revision");
        var how = CellMotion.Read(c.Args);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        var effect = new JsonObject
        {
            ["allow"] = allow is null ? null : CellMotion.Array(allow),
            ["fallback"] = fallback is null ? null : CellMotion.Array(fallback),
            ["federation"] = federation,
            ["motion"] = item,
            ["revision"] = revision ?? await RevisionAsync(node, federation, item, c.Cancellation),
            ["type"] = "mandate.set",
        };
        var says = allow is null ? "free" : allow.Length == 1 ? $"bound to {allow[0]}" : $"latitude among {string.Join(", ", allow)}";
        return await CellMotion.OpenAsync(c, node, cell, how, $"Mandate on item {item} of {federation}: {says}", effect,
            $"{cell}'s delegates in {federation} vote on item {item} {(allow is null ? "freely" : "only " + string.Join(" or ", allow))}");
    }

    /// <summary>The choices of <c>--NAME a,b</c>, or null for <c>--FREE</c>; exactly one of the two when required.</summary>
    private static string[]? Choices(Args args, string name, string free, bool required)
    {
        var (list, isFree) = (args.Optional(name), args.Flag(free));
        if (list is not null && isFree)
            throw new UsageException($"give --{name} or --{free}, not both");
        if (list is null && !isFree && required)
            throw new UsageException($"give --{name} CHOICES (yes, no, abstain) or --{free}");
        return list is null ? null : CellMotion.List(list);
    }

    /// <summary>The item's current revision when the federation is on this node; 0 when it is hosted elsewhere.</summary>
    private static async Task<long> RevisionAsync(INode node, string federation, long item, CancellationToken ct)
    {
        try
        {
            return (await node.GetMotionAsync(federation, item, ct)).Item?.Revision ?? 0;
        }
        catch (Exception e) when (e is RuleViolation { Rule: UnknownBody } or RemoteProblem { Rule: UnknownBody })
        {
            return 0;
        }
    }
}
