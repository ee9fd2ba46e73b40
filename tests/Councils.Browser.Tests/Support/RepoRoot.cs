namespace Councils.Browser.Tests.Support;

/// <summary>Paths in the repository, found by walking up from the test binaries to <c>Councils.slnx</c>.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>Where screenshots for the documentation go.</summary>
    public static string Screenshots => System.IO.Path.Combine(Path, "docs", "screenshots");

    /// <summary>Screenshots of failed checks: under TestResults/, which git ignores.</summary>
    public static string Failures => System.IO.Path.Combine(Path, "tests", "Councils.Browser.Tests", "TestResults", "failures");

    /// <summary>axe-core's bundle, installed by <c>npm ci</c> in the test project (./test.sh does it).</summary>
    public static string AxeScript => System.IO.Path.Combine(Path, "tests", "Councils.Browser.Tests", "node_modules", "axe-core", "axe.min.js");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Councils.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Councils.slnx above {AppContext.BaseDirectory}.");
    }
}
