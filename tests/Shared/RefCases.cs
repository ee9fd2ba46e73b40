namespace Councils.Testing;

/// <summary>
/// Finds the shared reference cases: beside the repository (../shared/refcases from the folder
/// holding Councils.slnx), where CI puts them. A git worktree sits deeper than a clone, so the
/// folders above the repository are tried too; COUNCILS_REFCASES overrides all of this. Not found
/// is an error, never a skip. Compiled into each test project that reads the reference cases.
/// </summary>
internal static class RefCases
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Folder => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(PathOf(folder), pattern).OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Every file under the reference cases, holdout included, as paths relative to the folder.</summary>
    public static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("COUNCILS_REFCASES") is { Length: > 0 } configured)
            return Directory.Exists(configured) ? configured : throw new InvalidOperationException($"COUNCILS_REFCASES is '{configured}', which is not a folder.");
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Councils.slnx")))
            dir = dir.Parent;
        if (dir is null)
            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Councils.slnx, so the reference cases cannot be found.");
        for (var above = dir.Parent; above is not null; above = above.Parent)
        {
            var candidate = Path.Combine(above.FullName, "shared", "refcases");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException(
            $"The reference cases were not found: expected {Path.Combine(dir.Parent?.FullName ?? "", "shared", "refcases")} beside the repository at {dir.FullName}. Put shared/ beside the clone or set COUNCILS_REFCASES.");
    }
}
