using static Microsoft.Playwright.Assertions;

namespace Councils.Browser.Tests.Pages.Motions;

/// <summary>Members discuss an open motion: a contribution, an answer to it through its "Answer" link, and a blank one refused beside the field.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DiscussionTests(BrowserFixture fixture) : MotionTest(fixture)
{
    [Fact]
    public async Task Discussion_PostAndAnswer_BothShownOldestFirstAndABlankOneRefused()
    {
        var path = await OpenMotionAsync("vyborg-side", "elena-smirnova", "Open the library on Sundays");
        var dmitri = await SignInAsync("dmitri-popov", Viewports.Wide);
        await dmitri.GotoAsync(path);

        await dmitri.GetByLabel("Your contribution").FillAsync("Who keeps the keys on Sunday?\nThe caretaker rests then.");
        await dmitri.GetByRole(AriaRole.Button, new() { Name = "Post to the discussion" }).ClickAsync();

        var question = dmitri.GetByRole(AriaRole.Article, new() { Name = "Contribution by Dmitri Popov" });
        await StepAsync(dmitri, "the contribution is posted and shown", async () =>
        {
            await Expect(dmitri.GetByRole(AriaRole.Status)).ToContainTextAsync("Your contribution is posted to the discussion");
            await Expect(question).ToContainTextAsync("Who keeps the keys on Sunday?");
            // The line break is kept.
            Assert.Contains("Sunday?\nThe caretaker", await question.Locator(".motion-text").InnerTextAsync(), StringComparison.Ordinal);
        });

        var sofia = await SignInAsync("sofia-lebedeva", Viewports.Phone);
        await sofia.GotoAsync(path);
        await sofia.GetByRole(AriaRole.Article, new() { Name = "Contribution by Dmitri Popov" }).GetByRole(AriaRole.Link, new() { Name = "Answer" }).ClickAsync();
        await StepAsync(sofia, "the form says whom it answers", () =>
            Expect(sofia.Locator("#discuss")).ToContainTextAsync("Your contribution answers Dmitri Popov."));
        await sofia.GetByLabel("Your contribution").FillAsync("I will, every other week.");
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Post to the discussion" }).ClickAsync();

        await StepAsync(sofia, "both are shown, the answer linked to the question", async () =>
        {
            var articles = sofia.Locator("section[aria-labelledby=discussion] article");
            await Expect(articles).ToHaveCountAsync(2);
            await Expect(articles.Nth(0)).ToHaveAttributeAsync("aria-label", "Contribution by Dmitri Popov");
            await Expect(articles.Nth(1)).ToHaveAttributeAsync("aria-label", "Contribution by Sofia Lebedeva");
            await Expect(articles.Nth(1)).ToContainTextAsync("in answer to Dmitri Popov");
            await articles.Nth(1).GetByRole(AriaRole.Link, new() { Name = "Dmitri Popov" }).ClickAsync();
            await Expect(sofia).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#contribution-[0-9]+$"));
        });
        await ScreenshotAsync(sofia, "discussion-phone", Viewports.Phone);

        await sofia.GetByRole(AriaRole.Button, new() { Name = "Post to the discussion" }).ClickAsync();
        await StepAsync(sofia, "a blank contribution is refused beside the field", async () =>
        {
            await Expect(sofia.Locator("#ContributionText-error")).ToHaveTextAsync("A contribution cannot be empty.");
            await Expect(sofia.Locator("section[aria-labelledby=discussion] article")).ToHaveCountAsync(2);
        });
        await AssertNoSeriousAxeViolationsAsync(sofia);
    }
}
