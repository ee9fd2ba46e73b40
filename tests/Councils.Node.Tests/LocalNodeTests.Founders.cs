using Councils.Node.Requests;

namespace Councils.Node.Tests;

/// <summary>The keys of a new body's founders, looked up and minted for the whole request at once.</summary>
public abstract partial class LocalNodeTests
{
    [Fact]
    public async Task Founders_HeldHandleIsTheSameKey_NewHandlesMintedOnce_TakenOnesNumbered()
    {
        await using var node = await OpenFreshNodeAsync();
        var first = await node.CreateBodyAsync(new CreateBody("First", "workplace-committee", NewBodyId("first"), [new NewMember("Ana", Handle("Ana"))]), Ct);
        var ana = Assert.Single(first.Members);

        var second = await node.CreateBodyAsync(new CreateBody("Second", "workplace-committee", NewBodyId("second"),
        [
            new NewMember("Ana", Handle("Ana")),
            new NewMember("Clara", Handle("Clara")),
            new NewMember("Clara Two", Handle("Clara")),
            new NewMember($"Boris {_suffix}"),
            new NewMember($"Ana {_suffix}"),
        ]), Ct);

        var byName = second.Members.ToDictionary(m => m.Name);
        Assert.Equal((ana.Key, Handle("Ana")), (byName["Ana"].Key, byName["Ana"].Handle));
        Assert.Equal(Handle("Clara"), byName["Clara"].Handle);
        Assert.Equal($"{Handle("Clara")}-2", byName["Clara Two"].Handle);
        Assert.Equal($"boris-{_suffix}", byName[$"Boris {_suffix}"].Handle);
        // A founder named but given no handle is a new person, under a free handle made from the name.
        Assert.Equal($"{Handle("Ana")}-2", byName[$"Ana {_suffix}"].Handle);
        Assert.Equal(5, second.Members.Select(m => m.Key).Distinct().Count());
    }

    [Fact]
    public async Task KeyRing_MoreHandlesThanSqliteTakesParameters_LookedUpAsOneArrayParameter()
    {
        // 33,000 values, past SQLite's 32,766 parameters: each lookup sends them as one array.
        await using var node = await OpenFreshNodeAsync();
        var ana = Assert.Single((await node.CreateBodyAsync(new CreateBody("First", "workplace-committee", NewBodyId("first"), [new NewMember("Ana", Handle("Ana"))]), Ct)).Members);
        var ring = new KeyRing(node.Databases);
        var many = Enumerable.Range(0, 33_000).Select(i => $"nobody-{i}-{_suffix}").ToList();

        var found = await ring.FindManyAsync([.. many, Handle("Ana")], Ct);
        Assert.Equal(ana.Key, Assert.Single(found).Value.PublicKey.ToString());
        var free = await ring.FreeAsync([.. many, Handle("Ana")], Ct);
        Assert.Equal(many.Order(StringComparer.Ordinal), free.Order(StringComparer.Ordinal));
        var handles = await ring.HandlesOfAsync([.. many, ana.Key], Ct);
        Assert.Equal(Handle("Ana"), Assert.Single(handles).Value);
    }
}
