namespace Councils.Node.Tests.Storage;

public sealed class UniqueViolationSqliteTests(SqliteStoreFixture store) : UniqueViolationTests(store), IClassFixture<SqliteStoreFixture>;
