using System.Text.Json.Nodes;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Storage;
using Councils.Node.Views;
using Councils.Pictures;
using Councils.Tests.Support;
using static Councils.Tests.Support.Federated;

namespace Councils.Tests.Pictures;

/// <summary>The federation tree and the referendum, drawn from the views of a real node (SQLite).</summary>
public sealed class FederatedPicturesTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private LocalNode _node = null!;
    private Dictionary<string, string> _names = [];

    public async Task InitializeAsync()
    {
        var ct = CancellationToken.None;
        _node = await LocalNode.OpenAsync(new StorageOptions(StorageProvider.Sqlite, _folder.Path), TimeProvider.System, ct);
        await SetUpAsync(_node, ct);
        _names = (await _node.ListBodiesAsync(ct)).ToDictionary(b => b.Id, b => b.Name);
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task FederationTree_OfACell_ShowsItsFederationSiblingsAndDelegates()
    {
        var ct = CancellationToken.None;
        var cell = await _node.GetBodyAsync(A, ct);
        var federation = await _node.GetBodyAsync(Federation, ct);

        var root = PictureAssert.Accessible(FederationTreePicture.Render(cell, [federation], _names, PictureText.English));
        var desc = PictureAssert.Desc(root);
        var labels = PictureAssert.Labels(root);

        Assert.StartsWith($"{A} belongs to Petrograd.", desc);
        Assert.Contains($"Member bodies of Petrograd: {C} (delegates: Cyril); {A} (delegates: Ana); {B} (delegates: Boris).", desc);
        Assert.Contains("Ana", labels);
        Assert.Contains("Boris", labels);
        Assert.Contains("this body", labels);
    }

    [Fact]
    public async Task FederationTree_OfTheFederation_ShowsItsMemberBodies()
    {
        var ct = CancellationToken.None;
        var federation = await _node.GetBodyAsync(Federation, ct);

        var desc = PictureAssert.Desc(PictureAssert.Accessible(FederationTreePicture.Render(federation, [], _names, PictureText.English)));

        Assert.StartsWith("Petrograd belongs to no federation.", desc);
        Assert.Contains($"{C} (delegates: Cyril)", desc);
    }

    [Fact]
    public async Task FederationTree_WithoutTheFederationsView_ShowsTheBodyAlone()
    {
        var cell = await _node.GetBodyAsync(B, CancellationToken.None);

        var desc = PictureAssert.Desc(PictureAssert.Accessible(FederationTreePicture.Render(cell, [], new Dictionary<string, string>(), PictureText.English)));

        Assert.Contains($"Member bodies of {Federation}: {B} (delegates: Boris).", desc);
    }

    [Fact]
    public async Task FederationTree_NamesWithMarkup_AreEscaped()
    {
        var cell = await _node.GetBodyAsync(A, CancellationToken.None);
        var names = new Dictionary<string, string>(_names) { [B] = "Vyborg <Side> & \"Co\"" };
        var federation = await _node.GetBodyAsync(Federation, CancellationToken.None);

        var svg = FederationTreePicture.Render(cell, [federation], names, PictureText.English);

        Assert.Contains("Vyborg &lt;Side&gt; &amp; \"Co\"", svg, StringComparison.Ordinal);
        Assert.Contains("Vyborg <Side> & \"Co\"", PictureAssert.Labels(PictureAssert.Accessible(svg)));
    }

    [Fact]
    public async Task Referendum_EveryMemberVotes_ShowsEachBodyBesideTheTotal()
    {
        var decision = await ReferendumAsync();

        var svg = ReferendumPicture.Render(decision, _names, PictureText.English);
        var root = PictureAssert.Accessible(svg);
        var desc = PictureAssert.Desc(root);

        // A's four and B's three vote yes, C's three no.
        Assert.StartsWith("The referendum on budget was carried: yes 7, no 3, abstain 0, did not vote 0, of 10 members.", desc);
        Assert.Contains($"{A}: yes 4, no 0, abstain 0, did not vote 0, of 4 members.", desc);
        Assert.Contains($"{C}: yes 0, no 3, abstain 0, did not vote 0, of 3 members.", desc);
        Assert.Contains("All member bodies", PictureAssert.Labels(root));
        Assert.Equal(svg, ReferendumPicture.Render(decision, _names, PictureText.English));
    }

    [Fact]
    public async Task Referendum_NotAReferendum_IsRefused()
    {
        var cell = await _node.GetBodyAsync(A, CancellationToken.None);
        var decided = await _node.GetMotionAsync(A, cell.Motions[0].Id, CancellationToken.None);

        Assert.Throws<ArgumentException>(() => ReferendumPicture.Render(decided.Decision!, _names, PictureText.English));
    }

    private async Task<DecisionView> ReferendumAsync()
    {
        var ct = CancellationToken.None;
        var budget = await _node.OpenMotionAsync(Federation, new OpenMotion(Handles(B)[0], "Depot budget", Matter: "budget"), ct);
        foreach (var (cell, people) in Cells)
        {
            foreach (var person in people)
                await _node.CastBallotAsync(Federation, budget.Id, new CastBallot(Handle(person), new JsonObject { ["choice"] = cell == C ? "no" : "yes" }), ct);
        }
        var closed = await _node.CloseMotionAsync(Federation, budget.Id, new CloseMotion(), ct);
        return closed.Decision!;
    }

    [Fact]
    public async Task Pictures_InUkrainian_SpeakUkrainian()
    {
        var ct = CancellationToken.None;
        var cell = await _node.GetBodyAsync(A, ct);
        var federation = await _node.GetBodyAsync(Federation, ct);

        PictureAssert.Ukrainian(FederationTreePicture.Render(cell, [federation], _names, PictureText.Ukrainian), "Дерево федерацій", "входить до федерацій", "(делегати: Ana)");
        PictureAssert.Ukrainian(FederationTreePicture.Render(federation, [], _names, PictureText.Ukrainian), "не входить до жодної федерації", "Органи-члени федерації");
        PictureAssert.Ukrainian(ReferendumPicture.Render(await ReferendumAsync(), _names, PictureText.Ukrainian), "Референдум щодо", "ухвалено");
    }

    [Fact]
    public async Task FederationTree_LongNames_WrapInsideTheirBoxes()
    {
        var cell = await _node.GetBodyAsync(A, CancellationToken.None);
        var federation = await _node.GetBodyAsync(Federation, CancellationToken.None);
        var names = new Dictionary<string, string>(_names) { [B] = "Kharkiv Tram Workshop Committee of the Left Bank Depots and Yards" };

        var root = PictureAssert.Accessible(FederationTreePicture.Render(cell, [federation], names, PictureText.English));

        var svg = PictureAssert.Svg;
        var width = double.Parse(((string)root.Attribute("viewBox")!).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        var wrapped = root.Descendants(svg + "text").Single(t => t.Element(svg + "title")?.Value == names[B]);
        var lines = wrapped.Elements(svg + "tspan").Select(t => t.Value).ToList();
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Kharkiv Tram", lines[0], StringComparison.Ordinal);
        var box = wrapped.Parent!.Element(svg + "rect")!;
        var right = double.Parse((string)box.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture) + double.Parse((string)box.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(right <= width, $"box ends at {right}, picture is {width} wide");
        // Every label's characters fit its box at a generous 9.4 units each (bold 14).
        Assert.All(lines, l => Assert.True(l.Length * 9.4 <= 300 - 16, l));
    }
}
