using System.Net;
using System.Text.RegularExpressions;

namespace Councils.Tests.Support;

/// <summary>
/// A client that behaves like a browser without script: its own cookie jar, redirects left to the
/// test, and forms posted with the antiforgery token of the page they came from.
/// </summary>
public sealed partial class PageClient : IDisposable
{
    private readonly HttpClientHandler _handler = new() { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };

    public PageClient(string url) => Http = new HttpClient(_handler) { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(1) };

    public HttpClient Http { get; }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path.TrimStart('/'));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads the page at <paramref name="path"/>, then posts <paramref name="fields"/> with its first form's token to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string action, params (string Name, string Value)[] fields)
    {
        var (_, html) = await GetAsync(path);
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {path}");
        return await PostAsync(action, [.. fields, ("__RequestVerificationToken", token.Groups[1].Value)]);
    }

    public async Task<HttpResponseMessage> PostAsync(string action, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await Http.PostAsync(action.TrimStart('/'), content);
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
