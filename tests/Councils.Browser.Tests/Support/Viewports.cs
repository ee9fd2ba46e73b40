namespace Councils.Browser.Tests.Support;

/// <summary>The two window sizes every page is checked at: an ordinary phone and a laptop.</summary>
public static class Viewports
{
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    public static ViewportSize Wide => new() { Width = 1280, Height = 800 };
}
