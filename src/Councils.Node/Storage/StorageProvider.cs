namespace Councils.Node.Storage;

/// <summary>The database a node keeps its records in.</summary>
public enum StorageProvider
{
    /// <summary>A file, <c>councils.db</c>, in the data folder.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by a connection string.</summary>
    Postgres,
}
