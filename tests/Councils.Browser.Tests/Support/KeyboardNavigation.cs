namespace Councils.Browser.Tests.Support;

/// <summary>Moves through a page with the Tab key alone, as a member without a mouse does.</summary>
public static class KeyboardNavigation
{
    private const string Describe = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return '(nothing)';
          const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40);
          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (text ? ' "' + text + '"' : '');
        }
        """;

    /// <summary>
    /// Presses Tab until <paramref name="target"/> has the focus; fails after <paramref name="maxPresses"/>,
    /// listing what got the focus on the way.
    /// </summary>
    public static async Task TabToAsync(IPage page, ILocator target, int maxPresses, string test)
    {
        await target.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        var visited = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
                return;
            visited.Add(await page.EvaluateAsync<string>(Describe));
        }
        var shot = await Screenshots.FailureAsync(page, test);
        Assert.Fail($"{target} did not get the focus after {maxPresses} presses of Tab on {page.Url}. The focus went to:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", visited) + $"{Environment.NewLine}Screenshot: {shot}");
    }
}
