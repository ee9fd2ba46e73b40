namespace Councils.Browser.Tests.Checks;

/// <summary>
/// Every kind of page, anonymous and signed in where it differs, at phone and wide sizes: axe-core finds nothing
/// serious, one h1, a main landmark, every form control named, no sideways scrolling on a phone, and a skip link
/// that reaches the main content. Each page's problems are listed together, so one run shows all of them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A member of the Putilov Works Committee (demo account).</summary>
    private const string Olga = "olga-ivanova";

    /// <summary>The pages: a short name (for screenshots of failures), the address, who is signed in (null: nobody).</summary>
    private static readonly (string Name, string Path, string? Member)[] Pages =
    [
        ("front", "/", null),
        ("body", "/bodies/putilov-works", null),
        ("body-member", "/bodies/putilov-works", Olga),
        ("federation-body", "/bodies/petrograd-federation", null),
        ("open-motion", "/bodies/putilov-works/motions/22", null),
        ("open-motion-member", "/bodies/putilov-works/motions/22", Olga),
        ("consent-motion", "/bodies/kharkiv-tram-workshop/motions/18", null),
        ("decided-motion", "/bodies/putilov-works/motions/5", null),
        ("decision", "/bodies/putilov-works/motions/5/decision", null),
        ("decision-stv", "/bodies/putilov-works/motions/33/decision", null),
        ("decision-schulze", "/bodies/vyborg-side/motions/7/decision", null),
        ("decision-federation", "/bodies/petrograd-federation/motions/20/decision", null),
        ("new-motion", "/bodies/putilov-works/motions/new", Olga),
        ("charter-amend", "/bodies/putilov-works/charter/amend", Olga),
        ("charter-history", "/bodies/kharkiv-tram-workshop/charter", null),
        ("delegates", "/bodies/putilov-works/delegates", null),
        ("delegates-member", "/bodies/putilov-works/delegates", Olga),
        ("cell-federation", "/bodies/putilov-works/federation", null),
        ("federation", "/bodies/petrograd-federation/federation", null),
        ("log", "/bodies/putilov-works/log", null),
        ("log-member", "/bodies/putilov-works/log", Olga),
        ("join-open", "/bodies/vyborg-side/join", null),
        ("join-closed", "/bodies/putilov-works/join", null),
        ("sign-in", "/account/sign-in", null),
        ("account", "/account", Olga),
        ("invite", "/account/invite?body=putilov-works", Olga),
        ("reset-codes", "/account/reset-codes?body=putilov-works", Olga),
        ("reset", "/account/reset", null),
        ("join-invitation", "/join/no-such-invitation", null),
        ("not-found", "/bodies/no-such-body", null),
        ("error", "/error", null),
    ];

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var (name, _, _) in Pages)
            {
                cases.Add(name, "phone");
                cases.Add(name, "wide");
            }
            return cases;
        }
    }

    // Names a control as assistive technology would: a label, aria-label(ledby), a title, or a button's own text.
    private const string UnnamedControls = """
        () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
          .filter(e => {
            const label = [...(e.labels || [])].some(l => l.textContent.trim() !== '');
            const aria = (e.getAttribute('aria-label') || '').trim() !== ''
              || (e.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => id && document.getElementById(id)?.textContent.trim());
            const own = e.tagName === 'BUTTON' ? e.textContent.trim() !== ''
              : ['submit', 'button', 'reset'].includes(e.type) ? (e.value || '').trim() !== '' : false;
            return !(label || aria || own || (e.title || '').trim() !== '');
          })
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : ''))
        """;

    // The widest element that sticks out past the window, unless it sits in a region that scrolls on its own.
    private const string Overflow = """
        () => {
          const width = window.innerWidth;
          if (document.documentElement.scrollWidth <= width) return null;
          const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) {
            const s = getComputedStyle(p).overflowX; if (s === 'auto' || s === 'scroll') return true; } return false; };
          const culprits = [...document.querySelectorAll('main *, header *, footer *')]
            .filter(e => !inScroller(e) && (e.getBoundingClientRect().right > width + 1
              || (getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)))
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '')
              + ' right=' + Math.round(e.getBoundingClientRect().right));
          return 'scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width + ': ' + culprits.join(', ');
        }
        """;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_AtSize_IsAccessibleAndFits(string name, string size)
    {
        var (_, path, member) = Pages.Single(p => p.Name == name);
        var viewport = size == "phone" ? Viewports.Phone : Viewports.Wide;
        var page = await NewPageAsync(viewport);
        if (member is not null)
            await SignIn.AsAsync(page, Fixture.Url, member);
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        if (name == "not-found")
            Assert.Equal(404, response.Status);
        else if (name != "error")
            Assert.True(response.Ok, $"GET {path} answered {response.Status}.");

        var problems = new List<string>();
        problems.AddRange((await Axe.RunAsync(page)).Where(v => v.IsSerious).Select(v => "axe: " + v));
        var h1 = await page.Locator("h1").CountAsync();
        if (h1 != 1)
            problems.Add($"{h1} h1 elements, not one");
        if (await page.Locator("main").CountAsync() != 1)
            problems.Add("no single <main> landmark");
        foreach (var control in await page.EvaluateAsync<string[]>(UnnamedControls))
            problems.Add($"form control without an accessible name: {control}");
        if (size == "phone" && await page.EvaluateAsync<string?>(Overflow) is { } overflow)
            problems.Add($"the page scrolls sideways: {overflow}");
        problems.AddRange(await SkipLinkProblemsAsync(page));

        if (problems.Count > 0)
        {
            var shot = await Screenshots.FailureAsync(page, $"{name}-{size}");
            Assert.Fail($"{path} ({size}{(member is null ? "" : ", signed in as " + member)}):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", problems) + $"{Environment.NewLine}Screenshot: {shot}");
        }
    }

    [Theory]
    [InlineData("a.skip")]
    [InlineData("header.site a >> nth=0")]
    [InlineData("#UserName")]
    [InlineData("#culture")]
    [InlineData("role=button[name=\"Sign in\"s]")]
    public async Task Control_KeyboardFocus_ShowsAnOutline(string selector)
    {
        var page = await OpenAsync("/account/sign-in", Viewports.Phone);
        var control = page.Locator(selector);

        await TabToAsync(page, control);

        await AssertFocusRingAsync(control, selector);
    }

    [Fact]
    public async Task Control_FocusWithoutOutline_FailsTheCheck()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>No ring</title><style>:focus { outline: none; }</style></head>
            <body><main><h1>No ring</h1><button id="plain">Plain</button></main></body></html>
            """);
        await TabToAsync(page, "#plain", maxPresses: 3);

        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AssertFocusRingAsync(page.Locator("#plain"), "#plain"));
    }

    private static async Task AssertFocusRingAsync(ILocator control, string selector)
    {
        var ring = await control.EvaluateAsync<string>(
            "e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth + ' | ' + s.boxShadow; }");
        var outline = ring.Split(" | ")[0];
        var shadow = ring.Split(" | ")[1];
        Assert.True((!outline.StartsWith("none", StringComparison.Ordinal) && !outline.EndsWith(" 0px", StringComparison.Ordinal)) || shadow != "none",
            $"{selector} has no visible focus: outline {outline}, box-shadow {shadow}");
    }

    [Theory]
    [InlineData("/", "front-page-phone", null)]
    [InlineData("/bodies/putilov-works", "body-phone", null)]
    [InlineData("/bodies/putilov-works", "body", null)]
    [InlineData("/bodies/putilov-works/motions/22", "motion-phone", Olga)]
    [InlineData("/bodies/vyborg-side/motions/7/decision", "decision-phone", null)]
    [InlineData("/bodies/vyborg-side/motions/7/decision", "decision-schulze", null)]
    [InlineData("/bodies/petrograd-federation/federation", "federation-phone", null)]
    [InlineData("/bodies/putilov-works/delegates", "delegates-phone", null)]
    [InlineData("/bodies/putilov-works/log", "log-phone", null)]
    public async Task MainPage_Screenshot_IsWrittenToDocs(string path, string shot, string? member)
    {
        var viewport = shot.EndsWith("-phone", StringComparison.Ordinal) ? Viewports.Phone : Viewports.Wide;
        var page = await NewPageAsync(viewport);
        if (member is not null)
            await SignIn.AsAsync(page, Fixture.Url, member);
        await page.GotoAsync(path);
        if (path.EndsWith("/decision", StringComparison.Ordinal))
            // The count is the point of a decision's picture: start at the heading, below the site's header.
            await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('h1').offsetTop - 16)");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var written = await ScreenshotAsync(page, shot, viewport);

        Assert.True(File.GetLastWriteTimeUtc(written) >= before, $"{written} was not written.");
        Assert.True(new FileInfo(written).Length > 10_000, $"{written} is too small to show the page.");
        // The whole page as well, to review the layout below the fold (TestResults/ is not committed).
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoRoot.Failures, "..", "pages", shot + ".png"), FullPage = true });
    }

    private static async Task<IEnumerable<string>> SkipLinkProblemsAsync(IPage page)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement?.className ?? ''");
        if (first != "skip")
            return [$"the first Tab lands on '{first}', not the skip link"];
        if (!await page.Locator("a.skip").IsVisibleAsync())
            return ["the focused skip link is not visible"];
        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.tagName.toLowerCase() ?? ''");
        return focused == "main" ? [] : [$"the skip link moves the focus to '{focused}', not <main>"];
    }
}
