using Councils.Accounts;
using Councils.Node;
using Councils.Web;

namespace Councils.Api;

/// <summary>Composes the node's web server: the JSON API, its OpenAPI document, health, accounts and the pages.</summary>
internal static class NodeServer
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static WebApplication Build(LocalNode node, string urls, TextWriter? log = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "councils",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        if (log is not null)
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                // Keys in the data folder are as safe as the records beside them; no need to warn at each start.
                .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
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
        builder.Services.AddCouncilsAccounts(node.Storage);
        builder.Services.AddCouncilsPages();

        var app = builder.Build();
        app.UseCouncilsPages();
        // The API answers in problem details; the pages answer with pages.
        app.UseWhen(c => !PagesComposition.IsPage(c), api => api.UseCouncilsProblems());
        app.UseWhen(PagesComposition.IsPage, pages => pages.UsePageErrors());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health");
        app.MapGroup("/api").MapBodies().MapMotions().MapFederation().MapLog();
        app.MapCouncilsPages();
        return app;
    }
}
