namespace Councils.Node.Storage;

/// <summary>Where a node keeps its records.</summary>
/// <param name="Provider">Which database.</param>
/// <param name="DataFolder">The node's folder; SQLite keeps <c>councils.db</c> in it (created if missing).</param>
/// <param name="ConnectionString">PostgreSQL only, required there: the database's connection string, used as given.</param>
public sealed record StorageOptions(StorageProvider Provider, string DataFolder, string? ConnectionString = null);
