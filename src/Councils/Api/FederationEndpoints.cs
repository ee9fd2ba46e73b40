using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Councils.Api;

/// <summary>A cell's acts towards its federations that are not plain motions: electing its delegates and petitioning for a recall.</summary>
internal static class FederationEndpoints
{
    public static RouteGroupBuilder MapFederation(this RouteGroupBuilder api)
    {
        var bodies = api.MapGroup("/bodies/{body}").WithTags("Federation");
        bodies.MapPost("/elections", ElectAsync)
            .WithSummary("Opens the body's election of its delegates to a federation: a motion with the effect delegates.elect, by single transferable vote among the candidates.");
        bodies.MapPost("/recall-petitions", PetitionAsync)
            .WithSummary("Records a member's support for recalling one of the body's delegates (recall.petitioned); a recall motion opens once enough members support it.");
        return api;
    }

    private static async Task<Created<MotionView>> ElectAsync(string body, ElectDelegates request, INode node, CancellationToken ct)
    {
        var motion = await node.ElectDelegatesAsync(body, request, ct);
        return TypedResults.Created($"/api/bodies/{body}/motions/{motion.Id}", motion);
    }

    private static async Task<Created<AppendResult>> PetitionAsync(string body, PetitionRecall request, INode node, CancellationToken ct)
    {
        var result = await node.PetitionRecallAsync(body, request, ct);
        return TypedResults.Created($"/api/bodies/{body}", result);
    }
}
