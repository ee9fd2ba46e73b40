using System.Text.Json.Nodes;
using Councils.Node.Views;
using Councils.Pictures;

namespace Councils.Tests.Pictures;

public sealed class ReferendumPictureTests
{
    private static DecisionView Decision(string outcome) => new(outcome, JsonNode.Parse("""
        {"eligible":12,"objections":[],"quorum":6,"tallies":{},"turnout":9,"report":{
          "bodies":[{"body":"cell-a","members":5,"abstain":1,"no":1,"yes":2},{"body":"cell-b","members":7,"abstain":0,"no":4,"yes":1}],
          "matter":"budget","mode":"referendum","revision":0,"ties":[],
          "totals":{"abstain":1,"no":5,"yes":3},"winners":[]}}
        """)!.AsObject(), 2, 0, 40);

    [Fact]
    public void Render_SomeDidNotVote_CountsThemPerBodyAndInTotal()
    {
        var names = new Dictionary<string, string> { ["cell-a"] = "Tram <Depot> & \"Sons\"" };

        var svg = ReferendumPicture.Render(Decision("rejected"), names, PictureText.English);
        var root = PictureAssert.Accessible(svg);
        var desc = PictureAssert.Desc(root);

        Assert.Equal("Referendum on budget: rejected", PictureAssert.Title(root));
        Assert.StartsWith("The referendum on budget was rejected: yes 3, no 5, abstain 1, did not vote 3, of 12 members.", desc);
        Assert.Contains("Tram <Depot> & \"Sons\": yes 2, no 1, abstain 1, did not vote 1, of 5 members.", desc);
        // A body the names do not know is shown by its id.
        Assert.Contains("cell-b: yes 1, no 4, abstain 0, did not vote 2, of 7 members.", desc);
        Assert.Contains("Tram &lt;Depot&gt; &amp; \"Sons\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameDecisionTwice_IsTheSameText() =>
        Assert.Equal(ReferendumPicture.Render(Decision("rejected"), new Dictionary<string, string>(), PictureText.English), ReferendumPicture.Render(Decision("rejected"), new Dictionary<string, string>(), PictureText.English));

    [Fact]
    public void Render_InUkrainian_SpeaksUkrainian()
    {
        var svg = ReferendumPicture.Render(Decision("rejected"), new Dictionary<string, string>(), PictureText.Ukrainian);

        var root = PictureAssert.Ukrainian(svg, "Референдум щодо «budget»: відхилено", "за 3, проти 5, утрималися 1, не голосували 3; членів: 12");
        Assert.Contains("Усі органи-члени", PictureAssert.Labels(root));
    }
}
