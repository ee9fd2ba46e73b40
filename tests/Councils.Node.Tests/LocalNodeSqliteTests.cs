using Councils.Node.Tests.Storage;

namespace Councils.Node.Tests;

public sealed class LocalNodeSqliteTests(SqliteStoreFixture store) : LocalNodeTests(store), IClassFixture<SqliteStoreFixture>;
