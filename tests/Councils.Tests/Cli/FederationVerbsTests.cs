using Councils.Tests.Support;

namespace Councils.Tests.Cli;

public sealed class FederationVerbsTests
{
    [Fact]
    public async Task NewUser_OnADataFolder_ThreeCellsFederateAndEveryModeDecides()
    {
        using var data = new TempFolder();

        await new NewFederationFlow(["--data", data.Path]).RunAsync(data.File("petrograd-charter.json"));
    }

    [Fact]
    public async Task NewUser_OnARunningNode_ThreeCellsFederateAndEveryModeDecides()
    {
        await using var server = await RunningNode.StartSqliteAsync();
        using var files = new TempFolder();

        await new NewFederationFlow(["--node", server.Url]).RunAsync(files.File("petrograd-charter.json"));

        // The node, not some local folder, holds what the command line did.
        Assert.Equal(2, (await server.Node.GetBodyAsync(Federated.Federation, CancellationToken.None)).MemberBodies.Count);
    }
}
