using Councils.Node;
using Councils.Pages;

namespace Councils.Api;

/// <summary>Composes the node's web server: the JSON API, its OpenAPI document, health, and the front page.</summary>
internal static class NodeServer
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static WebApplication Build(LocalNode node, string urls, TextWriter? log = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "councils" });
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        if (log is not null)
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<INode>(node);
        builder.Services.AddSingleton(node);
        builder.Services.AddCouncilsProblems();
        // Malformed request bodies reach the problem mapper, which names what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // A request missing a required member, or with null where the request type allows none, is malformed too.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.RespectNullableAnnotations = true;
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Councils node API";
            document.Info.Description = "Bodies, members, motions, ballots, decisions, federation from below and their signed record. Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHealthChecks();
        builder.Services.AddHostedService<MotionCloser>();

        var app = builder.Build();
        app.UseCouncilsProblems();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health");
        app.MapGroup("/api").MapBodies().MapMotions().MapFederation().MapLog();
        app.MapFrontPage();
        return app;
    }
}
