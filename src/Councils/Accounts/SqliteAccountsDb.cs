using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Councils.Accounts;

/// <summary>The accounts on SQLite; migrations in Accounts/Migrations/Sqlite.</summary>
public sealed class SqliteAccountsDb(DbContextOptions<SqliteAccountsDb> options) : AccountsDb(options);

/// <summary>Lets <c>dotnet ef migrations add --context SqliteAccountsDb</c> build the model; it never connects.</summary>
internal sealed class SqliteAccountsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAccountsDb>
{
    public SqliteAccountsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAccountsDb>().UseSqlite("Data Source=design-time.db",
            o => o.MigrationsHistoryTable(AccountsDb.MigrationsTable))
            .UseApplicationServiceProvider(AccountsDb.DesignTimeServices()).Options);
}
