using Councils.Node.Tests.Storage;

namespace Councils.Node.Tests;

public sealed class LocalNodePostgresTests(PostgresStoreFixture store) : LocalNodeTests(store), IClassFixture<PostgresStoreFixture>;
