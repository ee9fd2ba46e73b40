using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Reports;
using Councils.Domain.Counting.Schulze;
using Councils.Node.Views;
using Councils.Pictures;

namespace Councils.Tests.Pictures;

public sealed class SchulzeCountPictureTests
{
    // Schulze (2011), example 3, the 45 voters of the Wikipedia article: winner E, ranking E > A > C > B > D.
    private static readonly (long Weight, string Ranking)[] FortyFive =
    [
        (5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"), (7, "CAEBD"), (2, "CBADE"), (7, "DCEBA"), (8, "EBADC"),
    ];

    [Fact]
    public void Render_FortyFiveVoters_NamesTheWinnerAndRanking()
    {
        var root = PictureAssert.Accessible(SchulzeCountPicture.Render(Count(["A", "B", "C", "D", "E"], FortyFive), PictureText.English));
        var desc = PictureAssert.Desc(root);

        Assert.StartsWith("The winner is E.", desc);
        Assert.Contains("Ranking: E > A > C > B > D.", desc);
        Assert.Contains("Schulze", PictureAssert.Title(root));
    }

    [Fact]
    public void Render_FortyFiveVoters_LabelsEveryCellWithItsPairwiseCount()
    {
        var result = Count(["A", "B", "C", "D", "E"], FortyFive);
        var root = PictureAssert.Accessible(SchulzeCountPicture.Render(result, PictureText.English));
        var desc = PictureAssert.Desc(root);
        var cells = root.Descendants(PictureAssert.Svg + "text").Select(t => t.Value).ToList();

        // The published pairwise matrix: d[A,B] = 20, d[B,A] = 25, d[E,D] = 31, d[D,E] = 14.
        Assert.Contains("A over B 20", desc);
        Assert.Contains("B over A 25", desc);
        Assert.Contains("E over D 31", desc);
        Assert.Contains("D over E 14", desc);
        var m = result.Matrices!;
        foreach (var (r, c) in Pairs(m.Options.Count))
            Assert.Contains(m.Pairwise[r][c].ToString(System.Globalization.CultureInfo.InvariantCulture), cells);
    }

    [Fact]
    public void Render_FortyFiveVoters_WritesTheWinnersStrongestPaths()
    {
        var labels = PictureAssert.Labels(PictureAssert.Accessible(SchulzeCountPicture.Render(Count(["A", "B", "C", "D", "E"], FortyFive), PictureText.English)));

        // The published strongest paths from E: p[E,A] = 25, p[E,B] = 28, p[E,C] = 28, p[E,D] = 31.
        Assert.Contains("E to D: E > D, strength 31", labels);
        Assert.Contains(labels, l => l.StartsWith("E to A: E > ", StringComparison.Ordinal) && l.EndsWith("strength 25", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("E to B: E > ", StringComparison.Ordinal) && l.EndsWith("strength 28", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("E to C: E > ", StringComparison.Ordinal) && l.EndsWith("strength 28", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NamesWithMarkup_AreEscapedText()
    {
        string[] names = ["<b>Bold</b>", "Tom & \"Jerry\"", "O'Neil's <script>"];
        var svg = SchulzeCountPicture.Render(Count(names, [(3, "ABC"), (2, "BCA"), (1, "CAB")]), PictureText.English);

        var root = PictureAssert.Accessible(svg);

        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; ", svg, StringComparison.Ordinal);
        Assert.StartsWith("The winner is <b>Bold</b>.", PictureAssert.Desc(root));
        Assert.Contains("O'Neil's <script>", PictureAssert.Labels(root));
    }

    [Fact]
    public void Render_ControlCharacterInName_StillWellFormed()
    {
        var root = PictureAssert.Accessible(SchulzeCountPicture.Render(Count(["a\u0001b", "c"], [(2, "AB"), (1, "BA")]), PictureText.English));

        Assert.StartsWith("The winner is a\uFFFDb.", PictureAssert.Desc(root));
    }

    [Fact]
    public void Render_TieSettledByLot_SaysSo()
    {
        var desc = PictureAssert.Desc(PictureAssert.Accessible(SchulzeCountPicture.Render(Count(["A", "B"], [(1, "AB"), (1, "BA")]), PictureText.English)));

        Assert.Contains("could not separate A and B; the lot settled it", desc);
    }

    [Theory]
    [InlineData(SchulzeStrength.WinningVotes)]
    [InlineData(SchulzeStrength.Margins)]
    [InlineData(SchulzeStrength.Ratio)]
    public void Render_FromTheDecisionsRecord_DrawsTheSamePicture(SchulzeStrength strength)
    {
        var result = Count(["A", "B", "C", "D", "E"], FortyFive, strength);
        var report = new CountReport(result).ToRecord();
        var decision = new DecisionView("carried", new JsonObject { ["report"] = report }, 1, 0, 3);

        var read = RecordedCount.Of(decision, result.Title);

        Assert.NotNull(read);
        Assert.Equal(SchulzeCountPicture.Render(result, PictureText.English), SchulzeCountPicture.Render(read, PictureText.English));
        Assert.StartsWith("The winner is E.", PictureAssert.Desc(PictureAssert.Accessible(SchulzeCountPicture.Render(read, PictureText.English))));
    }

    [Fact]
    public void Of_YesOrNoDecision_IsNull() =>
        Assert.Null(RecordedCount.Of(new DecisionView("carried", new JsonObject { ["tallies"] = new JsonObject { ["yes"] = 3 } }, 1, 0, 3), "Motion"));

    [Fact]
    public void Render_SameCountTwice_IsTheSameText() =>
        Assert.Equal(SchulzeCountPicture.Render(Count(["A", "B", "C", "D", "E"], FortyFive), PictureText.English), SchulzeCountPicture.Render(Count(["A", "B", "C", "D", "E"], FortyFive), PictureText.English));

    private static CountResult Count(string[] names, (long Weight, string Ranking)[] ballots, SchulzeStrength strength = SchulzeStrength.WinningVotes)
    {
        var box = new BallotBoxBuilder(BallotKind.Ranked, names.Length);
        foreach (var (weight, ranking) in ballots)
            box.AddRanking([.. ranking.Select(c => c - 'A')], weight);
        var election = new Election("Example", [.. names.Select(n => new Candidate(n))], 1, box.Build());
        return new SchulzeMethod().Count(election, CountOptions.Default with { TieBreakSeed = 7, Strength = strength });
    }

    private static IEnumerable<(int, int)> Pairs(int n) =>
        Enumerable.Range(0, n).SelectMany(r => Enumerable.Range(0, n).Where(c => c != r).Select(c => (r, c)));

    [Fact]
    public void Render_InUkrainian_SpeaksUkrainian()
    {
        var svg = SchulzeCountPicture.Render(Count(["A", "B", "C", "D", "E"], FortyFive), PictureText.Ukrainian);

        var root = PictureAssert.Ukrainian(svg, "підрахунок за Шульце", "Переміг варіант E.", "Попарні переваги (дійсних бюлетенів: 45)");
        Assert.Contains(PictureAssert.Labels(root), l => l.StartsWith("Найсильніші шляхи E (", StringComparison.Ordinal));
    }
}
