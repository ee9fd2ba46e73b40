using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>The node's database on SQLite; its migrations are in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteCouncilsDb(DbContextOptions<SqliteCouncilsDb> options) : CouncilsDb(options);
