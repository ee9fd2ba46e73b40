namespace Councils.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"councils-tests-{Guid.NewGuid():N}");

    /// <summary>A path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // SQLite's pool keeps the database file open; a pooled connection to a deleted file is harmless on Linux.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process we killed may still be letting go of a file; the folder is temporary anyway.
        }
    }
}
