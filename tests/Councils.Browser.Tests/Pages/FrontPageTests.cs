using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages;

/// <summary>The node's front page, found by role and text so the tests outlive a change of markup.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FrontPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string DemoBody = "Putilov Works Committee";

    /// <summary>The front page's heading (resource FrontTitle).</summary>
    private const string FrontTitle = "Bodies on this node";

    /// <summary>A body's link in the table of bodies (recent decisions link their bodies too).</summary>
    private static ILocator BodyLink(IPage page, string body) =>
        page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = body, Exact = true });

    public static TheoryData<string> Sizes => ["phone", "wide"];

    private static ViewportSize Size(string name) => name == "phone" ? Viewports.Phone : Viewports.Wide;

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task FrontPage_Demo_ShowsHeadingAndEveryDemoBody(string size)
    {
        var page = await OpenAsync("/", Size(size));

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(FrontTitle);
        foreach (var body in new[] { DemoBody, "Kharkiv Tram Workshop Committee", "Huliaipole Land Commune", "Vyborg Side Neighbourhood Council" })
            await Expect(BodyLink(page, body)).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task FrontPage_Axe_FindsNoSeriousViolation(string size)
    {
        var page = await OpenAsync("/", Size(size));

        await AssertNoSeriousAxeViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task FrontPage_KeyboardAlone_FollowsABodyLink(string size)
    {
        var page = await OpenAsync("/", Size(size));
        var link = BodyLink(page, DemoBody);

        await TabToAsync(page, link);
        await page.Keyboard.PressAsync("Enter");

        await StepAsync(page, "Enter on the body's link opens the body", async () =>
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/");
            await Expect(page.Locator("body")).ToContainTextAsync(DemoBody);
        });
    }

    [Fact]
    public async Task FrontPage_Screenshot_IsWrittenToDocs()
    {
        var page = await OpenAsync("/", Viewports.Wide);
        var before = DateTime.UtcNow.AddSeconds(-1);

        var path = await ScreenshotAsync(page, "front-page");

        Assert.Equal(Path.Combine(RepoRoot.Screenshots, "front-page.png"), path);
        Assert.True(File.GetLastWriteTimeUtc(path) >= before, $"{path} was not written.");
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is too small to show the page.");
    }
}
