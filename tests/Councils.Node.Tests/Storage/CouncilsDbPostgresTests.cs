namespace Councils.Node.Tests.Storage;

public sealed class CouncilsDbPostgresTests(PostgresStoreFixture store) : CouncilsDbTests(store), IClassFixture<PostgresStoreFixture>;
