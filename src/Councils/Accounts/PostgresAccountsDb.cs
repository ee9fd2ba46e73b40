using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Councils.Accounts;

/// <summary>The accounts on PostgreSQL; migrations in Accounts/Migrations/Postgres.</summary>
public sealed class PostgresAccountsDb(DbContextOptions<PostgresAccountsDb> options) : AccountsDb(options);

/// <summary>Lets <c>dotnet ef migrations add --context PostgresAccountsDb</c> build the model; it never connects.</summary>
internal sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsDb>
{
    public PostgresAccountsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAccountsDb>().UseNpgsql("Host=localhost;Database=councils",
            o => o.MigrationsHistoryTable(AccountsDb.MigrationsTable))
            .UseApplicationServiceProvider(AccountsDb.DesignTimeServices()).Options);
}
