using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

public sealed partial class FrontPageTests : IAsyncLifetime
{
    private RunningNode _server = null!;

    public async Task InitializeAsync() => _server = await RunningNode.StartSqliteAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FrontPage_TwoBodies_ListsEachWithALinkToItsJson()
    {
        foreach (var (name, kind) in new[] { ("Red Star Workshop", "workplace-committee"), ("Vyborg <Side> & Co", "neighbourhood-council") })
        {
            using var created = await _server.Http.PostAsJsonAsync("api/bodies", new { name, kind, founders = new[] { new { name = "Ana" } } });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var response = await _server.Http.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html>", html, StringComparison.OrdinalIgnoreCase);
        var links = BodyLink().Matches(html).Select(m => (Href: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        Assert.Equal([("/api/bodies/red-star-workshop", "Red Star Workshop"), ("/api/bodies/vyborg-side-co", "Vyborg &lt;Side&gt; &amp; Co")], links);
        foreach (var (href, _) in links)
        {
            using var followed = await _server.Http.GetAsync(href.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        }
        Assert.Contains("href=\"/openapi/v1.json\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontPage_NoBodies_IsStillAPage()
    {
        using var response = await _server.Http.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Councils</h1>", html, StringComparison.Ordinal);
        Assert.Empty(BodyLink().Matches(html));
    }

    [GeneratedRegex("<a href=\"(/api/bodies/[a-z0-9-]+)\">([^<]*)</a>")]
    private static partial Regex BodyLink();
}
