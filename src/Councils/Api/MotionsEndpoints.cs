using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Councils.Api;

/// <summary>Motions, their discussion, ballots, minority reports and decisions.</summary>
internal static class MotionsEndpoints
{
    private const string NoDecisionYet = "no-decision-yet";

    public static RouteGroupBuilder MapMotions(this RouteGroupBuilder api)
    {
        var motions = api.MapGroup("/bodies/{body}/motions").WithTags("Motions");
        motions.MapPost("/", OpenAsync).WithSummary("Opens a motion.");
        motions.MapGet("/{motion:long}", GetAsync).WithSummary("A motion with its discussion, ballots, minority reports and decision.");
        motions.MapPost("/{motion:long}/ballots", CastAsync).WithSummary("Casts a member's ballot.");
        motions.MapPost("/{motion:long}/minority-reports", ReportAsync).WithSummary("Attaches a member's minority report.");
        motions.MapPost("/{motion:long}/discussion", PostAsync)
            .WithSummary("Posts a member's contribution to the discussion of an open motion.")
            .WithDescription("Body: {\"by\": member handle, \"text\": not blank, up to 20000 characters, \"answers\": the seq of an earlier contribution on the same motion, or null}. "
                + "Refused with motion-closed once the motion is closed or decided (a minority report is the place then), unknown-contribution when 'answers' names no contribution on this motion.");
        motions.MapPost("/{motion:long}/amendments", AmendAsync).WithSummary("The proposer's new text for an open agenda item of a federation; raises its revision.");
        motions.MapPost("/{motion:long}/close", CloseAsync).WithSummary("Closes the motion and records its decision.");
        motions.MapGet("/{motion:long}/decision", DecisionAsync).WithSummary("The decision: outcome, full count, minority reports, charter version.");
        return api;
    }

    private static async Task<Created<MotionView>> OpenAsync(string body, OpenMotion request, INode node, CancellationToken ct)
    {
        var motion = await node.OpenMotionAsync(body, request, ct);
        return TypedResults.Created($"/api/bodies/{body}/motions/{motion.Id}", motion);
    }

    private static async Task<Ok<MotionView>> GetAsync(string body, long motion, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.GetMotionAsync(body, motion, ct));

    private static async Task<Created<AppendResult>> CastAsync(string body, long motion, CastBallot request, INode node, CancellationToken ct)
    {
        var result = await node.CastBallotAsync(body, motion, request, ct);
        return TypedResults.Created($"/api/bodies/{body}/motions/{motion}", result);
    }

    private static async Task<Created<AppendResult>> ReportAsync(string body, long motion, AttachMinorityReport request, INode node, CancellationToken ct)
    {
        var result = await node.AttachMinorityReportAsync(body, motion, request, ct);
        return TypedResults.Created($"/api/bodies/{body}/motions/{motion}", result);
    }

    private static async Task<Created<AppendResult>> PostAsync(string body, long motion, PostContribution request, INode node, CancellationToken ct)
    {
        var result = await node.PostContributionAsync(body, motion, request, ct);
        return TypedResults.Created($"/api/bodies/{body}/motions/{motion}", result);
    }

    private static async Task<Ok<MotionView>> AmendAsync(string body, long motion, AmendMotion request, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.AmendMotionAsync(body, motion, request, ct));

    private static async Task<Ok<MotionView>> CloseAsync(string body, long motion, CloseMotion? request, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.CloseMotionAsync(body, motion, request ?? new CloseMotion(), ct));

    private static async Task<Results<Ok<MotionView>, ProblemHttpResult>> DecisionAsync(string body, long motion, INode node, CancellationToken ct)
    {
        var view = await node.GetMotionAsync(body, motion, ct);
        return view.Decision is null
            ? TypedResults.Problem(
                detail: $"Motion {motion} is {view.Status.ToLowerInvariant()}; it has no decision yet (it closes at {DateTimeOffset.FromUnixTimeMilliseconds(view.ClosesAt):u}).",
                statusCode: StatusCodes.Status404NotFound,
                title: "No decision yet",
                type: Problems.TypeBase + NoDecisionYet,
                extensions: new Dictionary<string, object?> { ["rule"] = NoDecisionYet, ["field"] = "motion" })
            : TypedResults.Ok(view);
    }
}
