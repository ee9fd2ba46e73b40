namespace Councils.Browser.Tests.Checks;

/// <summary>The accessibility check must be able to fail, or its passes mean nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Broken = """
        <!doctype html><html lang="en"><head><title>Broken</title></head>
        <body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt">
        <form><input type="text" id="no-label"></form></main></body></html>
        """;

    private const string Sound = """
        <!doctype html><html lang="en"><head><title>Sound</title></head>
        <body><main><h1>Sound</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot">
        <form><label for="name">Name</label><input type="text" id="name"></form></main></body></html>
        """;

    [Fact]
    public async Task Run_ImageWithoutAltAndInputWithoutLabel_FindsBoth()
    {
        var page = await NewPageAsync(Viewports.Wide);
        await page.SetContentAsync(Broken);

        var violations = await Axe.RunAsync(page);

        var image = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.True(image.IsSerious);
        Assert.Contains("#no-alt", image.Targets);
        var label = Assert.Single(violations, v => v.Id == "label");
        Assert.True(label.IsSerious);
        Assert.Contains("#no-label", label.Targets);
    }

    [Fact]
    public async Task AssertNoSeriousViolations_BrokenPage_FailsNamingRulesAndElements()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync(Broken);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AssertNoSeriousAxeViolationsAsync(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Screenshot: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertNoSeriousViolations_SoundPage_Passes()
    {
        var page = await NewPageAsync(Viewports.Phone);
        await page.SetContentAsync(Sound);

        await AssertNoSeriousAxeViolationsAsync(page);
    }
}
