using Microsoft.EntityFrameworkCore;

namespace Councils.Node.Storage;

/// <summary>The node's database on PostgreSQL; its migrations are in Storage/Migrations/Postgres.</summary>
public sealed class PostgresCouncilsDb(DbContextOptions<PostgresCouncilsDb> options) : CouncilsDb(options);
