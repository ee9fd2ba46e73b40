using System.Net.Http.Json;
using System.Text.Json;

namespace Councils.Tests.Support;

/// <summary>Checks that a response is an RFC 9457 problem detail naming a rule of docs/rules.md.</summary>
public static class ProblemAssert
{
    /// <summary>Asserts the problem's status, type, rule, detail and field (absent when <paramref name="field"/> is null); returns its JSON.</summary>
    public static async Task<JsonElement> IsAsync(HttpResponseMessage response, int status, string rule, string? field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal("urn:councils:rule:" + rule, problem.GetProperty("type").GetString());
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"The problem has no detail: {text}");
        if (field is null)
            Assert.False(problem.TryGetProperty("field", out _), $"The problem names a field though the rule names none: {text}");
        else
            Assert.Equal(field, problem.GetProperty("field").GetString());
        return problem;
    }

    /// <summary>Reads a problem's JSON without asserting anything about it.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
