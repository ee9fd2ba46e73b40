namespace Councils.Browser.Tests.Support;

/// <summary>PNGs of pages: for the documentation (docs/screenshots/) and of failed checks (TestResults/failures/).</summary>
public static class Screenshots
{
    /// <summary>Writes docs/screenshots/<paramref name="name"/>.png of the visible window at <paramref name="viewport"/> (wide by default).</summary>
    public static async Task<string> SaveAsync(IPage page, string name, ViewportSize? viewport = null)
    {
        var size = viewport ?? Viewports.Wide;
        await page.SetViewportSizeAsync(size.Width, size.Height);
        var path = Path.Combine(RepoRoot.Screenshots, name + ".png");
        Directory.CreateDirectory(RepoRoot.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>A full-page PNG of a failed check, named after the test; returns its path for the failure message.</summary>
    public static async Task<string> FailureAsync(IPage page, string test)
    {
        Directory.CreateDirectory(RepoRoot.Failures);
        var path = Path.Combine(RepoRoot.Failures, $"{test}-{DateTime.UtcNow:HHmmssfff}.png");
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            return path;
        }
        catch (PlaywrightException e)
        {
            // The failure itself matters more than its picture.
            return $"(none: {e.Message})";
        }
    }
}
