using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Councils.Node.Storage;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresCouncilsDb</c> build the model; it never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCouncilsDb>
{
    public PostgresCouncilsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCouncilsDb>().UseNpgsql("Host=localhost;Database=councils").Options);
}
