namespace Councils.Node.Tests.Storage;

public sealed class UniqueViolationPostgresTests(PostgresStoreFixture store) : UniqueViolationTests(store), IClassFixture<PostgresStoreFixture>;
