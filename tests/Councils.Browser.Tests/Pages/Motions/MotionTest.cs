using System.Text.Json.Nodes;
using Councils.Node.Requests;
using Councils.Accounts;

namespace Councils.Browser.Tests.Pages.Motions;

/// <summary>
/// What the motion flows share: signing in as a demo account through the sign-in page, and motions of
/// their own (the demo node serves the whole run, so no flow votes on a motion another test reads).
/// </summary>
public abstract class MotionTest(BrowserFixture fixture) : BrowserTest(fixture)
{
    protected const string Password = DemoAccounts.Password;

    /// <summary>A new page signed in as <paramref name="member"/> through the sign-in form.</summary>
    protected async Task<IPage> SignInAsync(string member, ViewportSize viewport)
    {
        var page = await NewPageAsync(viewport);
        await StepAsync(page, $"signing in as {member}", () => SignIn.AsAsync(page, Fixture.Url, member));
        return page;
    }

    /// <summary>Opens a motion of the test's own in <paramref name="body"/>; returns its page's path.</summary>
    protected async Task<string> OpenMotionAsync(string body, string proposer, string title, JsonObject? method = null)
    {
        var motion = await Fixture.Node.OpenMotionAsync(body, new OpenMotion(proposer, title, "Text of " + title, method), CancellationToken.None);
        return $"/bodies/{body}/motions/{motion.Id}";
    }

    protected static JsonObject Method(string json) => JsonNode.Parse(json)!.AsObject();
}
