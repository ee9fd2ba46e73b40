using Councils.Node.Requests;

namespace Councils.Cli.Verbs;

/// <summary><c>councils member add</c>.</summary>
internal static class MemberAddVerb
{
    public static readonly Verb Verb = new(
        "member add",
        "member add --body ID --name NAME [--by MEMBER] [--handle HANDLE | --key PUBLIC-KEY]",
        "admit a member (the node holds a key under the handle unless --key is given)",
        RunAsync);

    private static async Task<int> RunAsync(CliContext c)
    {
        var body = c.Args.Required("body");
        var request = new AddMember(c.Args.Required("name"), c.Args.Optional("by"), c.Args.Optional("handle"), c.Args.Optional("key"));
        c.Args.EnsureAllRead();
        var node = await c.OpenNodeAsync();
        return await c.PrintAsync(await node.AddMemberAsync(body, request, c.Cancellation),
            m => $"Admitted {m.Name} to {body} (handle {m.Handle ?? "none: signs with own key"}, key {m.Key}).");
    }
}
