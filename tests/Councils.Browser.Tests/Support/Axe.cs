using System.Text.Json;

namespace Councils.Browser.Tests.Support;

/// <summary>Runs axe-core (the npm package in node_modules/) inside a page and reads back what it found.</summary>
public static class Axe
{
    // Shadow-DOM and frame targets are arrays of selectors; they are joined so each node reads as one line.
    private const string Run = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '))
          })));
        }
        """;

    /// <summary>Every violation axe-core finds on the page as it is now, whatever its impact.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = RepoRoot.AxeScript });
        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonSerializerOptions.Web) ?? [];
    }

    /// <summary>Fails, listing each one with its elements and a screenshot, when axe-core finds a serious or critical violation.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string test)
    {
        var serious = (await RunAsync(page)).Where(v => v.IsSerious).ToList();
        if (serious.Count == 0)
            return;
        var shot = await Screenshots.FailureAsync(page, test);
        Assert.Fail($"axe-core found {serious.Count} serious or critical violation(s) on {page.Url}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, serious) + $"{Environment.NewLine}Screenshot: {shot}");
    }
}
