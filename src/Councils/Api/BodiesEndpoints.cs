using Councils.Domain;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Councils.Api;

/// <summary>Bodies and their members.</summary>
internal static class BodiesEndpoints
{
    public static RouteGroupBuilder MapBodies(this RouteGroupBuilder api)
    {
        var bodies = api.MapGroup("/bodies").WithTags("Bodies");
        bodies.MapGet("/", ListAsync).WithSummary("Lists the bodies on this node.");
        bodies.MapPost("/", CreateAsync).WithSummary("Creates a body with its founding members.");
        bodies.MapGet("/{body}", GetAsync).WithSummary("A body: charter, members, motions, head of its log.");
        bodies.MapPost("/{body}/members", AddMemberAsync).WithSummary("Admits a member under the body's admission rule.");
        bodies.MapMethods("/{body}/charter", ["PUT", "PATCH", "POST"], RefuseCharterEdit)
            .WithSummary("Always refused (charter-by-decision-only): a charter changes only by a carried motion whose effect is charter.amend.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<BodySummary>>> ListAsync(INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.ListBodiesAsync(ct));

    private static async Task<Created<BodyView>> CreateAsync(CreateBody request, INode node, CancellationToken ct)
    {
        var body = await node.CreateBodyAsync(request, ct);
        return TypedResults.Created($"/api/bodies/{body.Id}", body);
    }

    private static async Task<Ok<BodyView>> GetAsync(string body, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.GetBodyAsync(body, ct));

    private static IResult RefuseCharterEdit(string body) =>
        throw new RuleViolation(Rules.CharterByDecisionOnly,
            $"A charter is not edited directly: the charter of {body} changes only when a motion whose effect is 'charter.amend' is decided carried (POST /api/bodies/{body}/motions).",
            "charter");

    private static async Task<Created<MemberView>> AddMemberAsync(string body, AddMember request, INode node, CancellationToken ct)
    {
        var member = await node.AddMemberAsync(body, request, ct);
        return TypedResults.Created($"/api/bodies/{body}", member);
    }
}
