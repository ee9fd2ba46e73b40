using Councils.Node;
using Councils.Node.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Councils.Api;

/// <summary>The record: a body's log, appending self-signed entries, proofs, export and import, verification.</summary>
internal static class LogEndpoints
{
    public static RouteGroupBuilder MapLog(this RouteGroupBuilder api)
    {
        var log = api.MapGroup("/bodies/{body}").WithTags("Record");
        log.MapGet("/head", HeadAsync).WithSummary("Size, last hash and Merkle root of the log: what a self-signing author appends after.");
        log.MapGet("/log", ExportAsync).WithSummary("The log as JSON Lines: entries in order, each followed by its checkpoints.");
        log.MapPost("/log", AppendAsync).Accepts<string>("application/json")
            .WithSummary("Appends an entry signed by its author (canonical JSON, see docs/record.md).");
        log.MapGet("/proofs/inclusion", InclusionAsync).WithSummary("RFC 9162 inclusion proof of an entry.");
        log.MapGet("/proofs/consistency", ConsistencyAsync).WithSummary("RFC 9162 consistency proof between two sizes.");
        var node = api.MapGroup("/").WithTags("Record");
        node.MapPost("/import", ImportAsync).Accepts<string>("application/x-ndjson").WithSummary("Imports an exported log after verifying it whole.");
        node.MapPost("/verify", VerifyAsync).WithSummary("Verifies every log on this node.");
        return api;
    }

    private static async Task<Ok<HeadView>> HeadAsync(string body, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.GetHeadAsync(body, ct));

    private static async Task ExportAsync(string body, INode node, HttpResponse response, CancellationToken ct)
    {
        await node.GetHeadAsync(body, ct); // an unknown body fails before the response starts
        response.ContentType = "application/x-ndjson";
        await node.ExportAsync(body, response.Body, ct);
    }

    private static async Task<Created<AppendResult>> AppendAsync(string body, HttpRequest request, INode node, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var result = await node.AppendSignedAsync(body, buffer.ToArray(), ct);
        return TypedResults.Created($"/api/bodies/{body}/proofs/inclusion?seq={result.Seq}", result);
    }

    private static async Task<Ok<InclusionProofView>> InclusionAsync(string body, long seq, long? size, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.GetInclusionProofAsync(body, seq, size, ct));

    private static async Task<Ok<ConsistencyProofView>> ConsistencyAsync(string body, long from, long? to, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.GetConsistencyProofAsync(body, from, to, ct));

    private static async Task<Ok<ImportResult>> ImportAsync(HttpRequest request, INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.ImportAsync(request.Body, ct));

    private static async Task<Ok<VerifyReport>> VerifyAsync(INode node, CancellationToken ct) =>
        TypedResults.Ok(await node.VerifyAsync(ct));
}
