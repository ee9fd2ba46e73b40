using System.Text;
using Councils.Node.Requests;
using Councils.Node.Views;

namespace Councils.Cli.Verbs;

/// <summary><c>councils body create|list|show</c>.</summary>
internal static class BodyVerbs
{
    public static readonly Verb Create = new(
        "body create",
        "body create --name NAME --kind KIND [--id ID] [--founder NAME,NAME] [--charter FILE]",
        "create a body (kinds: workplace-committee, land-commune, neighbourhood-council, federation); --charter: its own charter, as JSON",
        CreateAsync);

    public static readonly Verb List = new("body list", "body list", "list the bodies", ListAsync);

    public static readonly Verb Show = new("body show", "body show ID", "show a body: charter, members, motions, federations or member bodies", ShowAsync);

    private static async Task<int> CreateAsync(CliContext c)
    {
        var founders = c.Args.Optional("founder") is { } f
            ? f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => new NewMember(n)).ToList()
            : null;
        var charter = c.Args.Optional("charter") is { } file ? MotionVerbs.ReadObject(file) : null;
        var request = new CreateBody(c.Args.Required("name"), c.Args.Required("kind"), c.Args.Optional("id"), founders, charter);
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.CreateBodyAsync(request, c.Cancellation), b => $"Created {b.Kind} '{b.Name}' with id {b.Id}.");
    }

    private static async Task<int> ListAsync(CliContext c)
    {
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.ListBodiesAsync(c.Cancellation), bodies =>
            bodies.Count == 0
                ? "No bodies yet."
                : string.Join('\n', bodies.Select(b => $"{b.Id,-28} {b.Kind,-22} {b.Members,4} members {b.OpenMotions,3} open motions  {b.Name}")));
    }

    private static async Task<int> ShowAsync(CliContext c)
    {
        var id = c.Args.Word(0, "the body's id");
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.GetBodyAsync(id, c.Cancellation), Describe);
    }

    private static string Describe(BodyView b)
    {
        var text = new StringBuilder();
        text.AppendLine($"{b.Name} ({b.Kind}, id {b.Id}), charter version {b.CharterVersion}, log of {b.Head.Size} events");
        text.AppendLine($"Charter: {b.Charter.ToJsonString()}");
        text.AppendLine($"Members ({b.Members.Count}):");
        foreach (var m in b.Members)
            text.AppendLine($"  {m.Name,-24} {m.Handle ?? "(own key)",-16} {m.Key}");
        text.AppendLine($"Motions ({b.Motions.Count}):");
        foreach (var m in b.Motions)
            text.AppendLine($"  #{m.Id,-5} {m.Status,-8} {m.Outcome ?? "",-9} {m.BallotsCast,3} ballots  {m.Title}");
        FederationText.Lines(b).ForEach(l => text.AppendLine(l));
        return text.ToString().TrimEnd();
    }
}
