namespace Councils.Browser.Tests.Support;

/// <summary>
/// A member without a mouse: moves through a page with Tab, finds controls by their role and accessible name (never
/// by CSS), and acts with Enter, Space, the arrow keys and typing. Each method fails naming what it never reached,
/// with the path the focus took and a screenshot, so a flow that cannot be done by keyboard says where it broke.
/// </summary>
public sealed class KeyboardUser(IPage page, string test)
{
    /// <summary>Tab presses allowed to reach one element: the front page lists every body, and each test adds some.</summary>
    public const int MaxPresses = 250;

    /// <summary>How long a page may take to load after Enter: generous, as the tests share two cores with whatever else runs.</summary>
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private const string Describe = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return '(nothing)';
          const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40);
          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : '') + (text ? ' "' + text + '"' : '');
        }
        """;

    public IPage Page => page;

    /// <summary>The element with <paramref name="role"/> and exactly the accessible name <paramref name="name"/>, anywhere on the page.</summary>
    public ILocator Find(AriaRole role, string name) => page.GetByRole(role, new() { Name = name, Exact = true });

    /// <summary>Presses Tab until an element with <paramref name="role"/> named <paramref name="name"/> has the focus.</summary>
    public Task TabToAsync(AriaRole role, string name) => TabToAsync(Find(role, name), $"the {role.ToString().ToLowerInvariant()} named \"{name}\"");

    /// <summary>
    /// Presses Tab until one of the elements <paramref name="target"/> matches has the focus (several may: a body's
    /// name links both its row and its recent decisions); fails after <see cref="MaxPresses"/>.
    /// </summary>
    public async Task TabToAsync(ILocator target, string what)
    {
        await MustExistAsync(target, what);
        await TabUntilAsync(() => HasFocusAsync(target), what);
    }

    /// <summary>Tabs to the link named <paramref name="name"/> and follows it with Enter.</summary>
    public async Task FollowLinkAsync(string name)
    {
        await TabToAsync(AriaRole.Link, name);
        await EnterAndLoadAsync($"following the link \"{name}\"");
    }

    /// <summary>Tabs to the button named <paramref name="name"/> and presses it with Enter (a form's post, then its page).</summary>
    public async Task PressButtonAsync(string name)
    {
        await TabToAsync(AriaRole.Button, name);
        await EnterAndLoadAsync($"pressing the button \"{name}\"");
    }

    /// <summary>Tabs to <paramref name="field"/> and types <paramref name="text"/> into it (a new line is Enter, as in a textarea).</summary>
    public async Task TypeIntoAsync(ILocator field, string what, string text)
    {
        await TabToAsync(field, what);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to the text box named <paramref name="name"/> and types <paramref name="text"/>.</summary>
    public Task TypeIntoAsync(string name, string text) => TypeIntoAsync(Find(AriaRole.Textbox, name), $"the text box named \"{name}\"", text);

    /// <summary>Tabs to the checkbox <paramref name="box"/> and ticks it with Space.</summary>
    public async Task TickAsync(ILocator box, string what)
    {
        await TabToAsync(box, what);
        await page.Keyboard.PressAsync("Space");
        if (!await box.IsCheckedAsync())
            await FailAsync($"Space on {what} did not tick it.");
    }

    /// <summary>
    /// Chooses the radio button named <paramref name="name"/> as a keyboard does: Tab enters its group (one stop for
    /// the whole group), the arrow keys move through the group, Space checks the one reached.
    /// </summary>
    public async Task ChooseAsync(string name)
    {
        var radio = Find(AriaRole.Radio, name);
        var what = $"the radio button named \"{name}\"";
        await MustExistAsync(radio, what);
        await TabUntilAsync(() => radio.EvaluateAsync<bool>("r => document.activeElement?.type === 'radio' && document.activeElement.name === r.name"),
            $"the group of {what}");
        var size = await radio.EvaluateAsync<int>("r => document.getElementsByName(r.name).length");
        for (var i = 0; i <= size && !await HasFocusAsync(radio); i++)
            await page.Keyboard.PressAsync("ArrowDown");
        if (!await HasFocusAsync(radio))
            await FailAsync($"The arrow keys never reached {what} in its group.");
        await page.Keyboard.PressAsync("Space");
        if (!await radio.IsCheckedAsync())
            await FailAsync($"Space on {what} did not check it.");
    }

    /// <summary>Tabs to the list box (select) named <paramref name="name"/> and moves through it with the arrow keys until <paramref name="option"/> is chosen.</summary>
    public async Task SelectAsync(string name, string option)
    {
        var select = Find(AriaRole.Combobox, name);
        var what = $"the list box named \"{name}\"";
        await TabToAsync(select, what);
        var size = await select.Locator("option").CountAsync();
        for (var i = 0; i <= size && await ChosenAsync(select) != option; i++)
            await page.Keyboard.PressAsync("ArrowDown");
        if (await ChosenAsync(select) != option)
            await FailAsync($"The arrow keys never chose \"{option}\" in {what}; it shows \"{await ChosenAsync(select)}\".");
    }

    /// <summary>Presses Enter on what has the focus and waits for the page it loads (a link followed, a form posted).</summary>
    public async Task EnterAndLoadAsync(string act)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage p) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await page.Keyboard.PressAsync("Enter");
            await loaded.Task.WaitAsync(LoadTimeout);
        }
        catch (System.TimeoutException)
        {
            await FailAsync($"No page loaded within {LoadTimeout.TotalSeconds} s of {act} with Enter on {page.Url}.");
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    private async Task MustExistAsync(ILocator target, string what)
    {
        try
        {
            await target.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        }
        catch (System.TimeoutException)
        {
            await FailAsync($"Nothing on {page.Url} is {what}.");
        }
    }

    private async Task TabUntilAsync(Func<Task<bool>> focused, string what)
    {
        var visited = new List<string>();
        for (var i = 0; i < MaxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await focused())
                return;
            visited.Add(await page.EvaluateAsync<string>(Describe));
        }
        await FailAsync($"The keyboard never reached {what}: after {MaxPresses} presses of Tab on {page.Url} the focus had gone to "
            + $"(each element once, in order):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", visited.Distinct()));
    }

    private static Task<bool> HasFocusAsync(ILocator target) =>
        target.EvaluateAllAsync<bool>("els => els.includes(document.activeElement)");

    private static Task<string> ChosenAsync(ILocator select) =>
        select.EvaluateAsync<string>("s => s.selectedOptions.length ? s.selectedOptions[0].textContent.trim() : ''");

    private async Task FailAsync(string message)
    {
        var shot = await Screenshots.FailureAsync(page, test);
        Assert.Fail($"{message}{Environment.NewLine}Screenshot: {shot}");
    }
}
