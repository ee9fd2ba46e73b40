using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Councils.Node.Storage;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteCouncilsDb</c> build the model; it never connects.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCouncilsDb>
{
    public SqliteCouncilsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCouncilsDb>().UseSqlite("Data Source=design-time.db").Options);
}
