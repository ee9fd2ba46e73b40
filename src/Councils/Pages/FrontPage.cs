using System.Net;
using System.Text;
using Councils.Api;
using Councils.Node;

namespace Councils.Pages;

/// <summary>The node's front page: the bodies it hosts and where the API is. The full web interface comes later.</summary>
internal static class FrontPage
{
    public static void MapFrontPage(this WebApplication app) => app.MapGet("/", RenderAsync).ExcludeFromDescription();

    private static async Task<IResult> RenderAsync(INode node, CancellationToken ct)
    {
        var bodies = await node.ListBodiesAsync(ct);
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Councils</title>
            <style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc}</style>
            </head><body><header><h1>Councils</h1><p>The bodies this node hosts. Every act in them is a signed event in their log.</p></header><main>
            <table><thead><tr><th scope="col">Body</th><th scope="col">Kind</th><th scope="col">Members</th><th scope="col">Open motions</th><th scope="col">Events</th></tr></thead><tbody>
            """);
        foreach (var b in bodies)
        {
            var id = WebUtility.HtmlEncode(b.Id);
            html.Append($"<tr><td><a href=\"/api/bodies/{id}\">{WebUtility.HtmlEncode(b.Name)}</a></td><td>{WebUtility.HtmlEncode(b.Kind)}</td><td>{b.Members}</td><td>{b.OpenMotions}</td><td><a href=\"/api/bodies/{id}/log\">{b.Events}</a></td></tr>");
        }
        html.Append($"""
            </tbody></table>
            <h2>The API</h2>
            <ul><li><a href="/api/bodies">/api/bodies</a>: the bodies as JSON</li>
            <li><a href="{NodeServer.OpenApiPath}">{NodeServer.OpenApiPath}</a>: the OpenAPI document of every endpoint</li>
            <li><a href="/health">/health</a>: whether the node is up</li></ul>
            </main></body></html>
            """);
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
