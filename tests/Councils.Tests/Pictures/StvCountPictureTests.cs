using System.Text.Json.Nodes;
using Councils.Domain.Counting;
using Councils.Domain.Counting.Formats;
using Councils.Domain.Counting.Reports;
using Councils.Domain.Counting.Stv;
using Councils.Node.Views;
using Councils.Pictures;

namespace Councils.Tests.Pictures;

public sealed class StvCountPictureTests
{
    // Glasgow City Council, Calton ward, 3 May 2007: 5199 valid ballots, 3 seats, quota 1300.
    private static readonly Lazy<CountResult> Calton = new(() =>
        new ScottishStv().Count(BltReader.ReadFile(RefCases.PathOf("stv", "scottish", "Calton-2007.blt")), CountOptions.Default));

    [Fact]
    public void Render_Calton_DescribesThePublishedResult()
    {
        var root = PictureAssert.Accessible(StvCountPicture.Render(Calton.Value, PictureText.English));
        var desc = PictureAssert.Desc(root);

        Assert.StartsWith("single transferable vote (Scottish rules), 3 seats, 5199 valid ballots", desc);
        Assert.Equal("CALTON: single transferable vote (Scottish rules), stage by stage", PictureAssert.Title(root));
        Assert.Contains("quota 1300.00000", desc);
        Assert.Contains("Elected: George Redmond (stage 1), Alison E Thewliss (stage 7) and Ruth Simpson (stage 10).", desc);
        Assert.Contains("Excluded: Gary Barton (stage 3),", desc);
        Assert.Contains($"{Calton.Value.Stages.Count} stages", desc);
    }

    [Fact]
    public void Render_Calton_ShowsEveryFigureOfEveryStageAsCounted()
    {
        var result = Calton.Value;
        var labels = PictureAssert.Labels(PictureAssert.Accessible(StvCountPicture.Render(result, PictureText.English)));

        foreach (var stage in result.Stages)
        {
            Assert.Contains($"Stage {stage.Number}", labels);
            Assert.Contains(stage.Total.ToString(), labels);
            Assert.Contains(stage.NonTransferable.ToString(), labels);
            foreach (var votes in stage.Votes)
                Assert.Contains(votes.ToString(), labels);
        }
        Assert.Equal(result.Winners.Count, labels.Count(l => l == "✓ elected"));
        Assert.Contains("elected 1st, stage 1", labels);
        Assert.Contains("George Redmond", labels);
    }

    [Fact]
    public void Render_Calton_ShowsTransfersAsExactDifferences()
    {
        var result = Calton.Value;
        var labels = PictureAssert.Labels(PictureAssert.Accessible(StvCountPicture.Render(result, PictureText.English)));
        var redmond = result.Candidates.ToList().IndexOf("George Redmond");
        var second = result.Stages[1];
        // Stage 2 transfers Redmond's surplus: he keeps exactly the quota.
        Assert.Equal("George Redmond", second.Subject);
        var surplus = new VoteValue(result.Stages[0].Votes[redmond].Units - second.Votes[redmond].Units, 5);
        Assert.Contains($"(-{surplus})", labels);
    }

    [Fact]
    public void Render_FromTheDecisionsRecord_DrawsTheSamePicture()
    {
        var result = Calton.Value;
        var report = new CountReport(result).ToRecord();
        var decision = new DecisionView("carried", new JsonObject { ["report"] = report, ["tallies"] = new JsonObject() }, 1, 0, 7);

        var read = RecordedCount.Of(decision, result.Title);

        Assert.NotNull(read);
        Assert.Equal(StvCountPicture.Render(result, PictureText.English), StvCountPicture.Render(read, PictureText.English));
    }

    [Fact]
    public void Render_SameCountTwice_IsTheSameText() =>
        Assert.Equal(StvCountPicture.Render(Calton.Value, PictureText.English), StvCountPicture.Render(Calton.Value, PictureText.English));

    [Fact]
    public void Render_MeekCount_CutsFiguresAndSaysSo()
    {
        var election = BltReader.ReadFile(RefCases.PathOf("stv", "meek", "drmaciver2016_meek_vs_gregory.blt"));
        var result = new MeekStv().Count(election, CountOptions.Default);

        var desc = PictureAssert.Desc(PictureAssert.Accessible(StvCountPicture.Render(result, PictureText.English)));

        Assert.Equal(["c0", "c1", "c3"], result.Winners.Order(StringComparer.Ordinal));
        Assert.All(result.Winners, w => Assert.Contains(w, desc));
        Assert.Contains("cut to 5 decimals", desc);
    }

    [Fact]
    public void Render_ApprovalCount_DrawsItsOneStage()
    {
        var box = new BallotBoxBuilder(BallotKind.Approval, 3);
        box.AddApproval([0, 1], 4);
        box.AddApproval([1], 3);
        box.AddApproval([2], 2);
        var election = new Election("Depot <site> & \"yard\"", [new("North"), new("South"), new("East")], 1, box.Build());
        var svg = StvCountPicture.Render(new ApprovalVoting().Count(election, CountOptions.Default), PictureText.English);

        var root = PictureAssert.Accessible(svg);

        Assert.Equal("Depot <site> & \"yard\": approval vote", PictureAssert.Title(root));
        Assert.StartsWith("approval vote, 1 seat, 9 valid ballots. Elected: South (stage 1).", PictureAssert.Desc(root));
        Assert.Contains("7", PictureAssert.Labels(root));
        Assert.Contains("Depot &lt;site&gt; &amp; ", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SchulzeCount_IsRefused() =>
        Assert.Throws<ArgumentException>(() => StvCountPicture.Render(Calton.Value with { Stages = [] }, PictureText.English));

    [Fact]
    public void Render_InUkrainian_SpeaksUkrainianWithTheSameFigures()
    {
        var svg = StvCountPicture.Render(Calton.Value, PictureText.Ukrainian);

        var root = PictureAssert.Ukrainian(svg, "етап за етапом", "єдиний перехідний голос (шотландські правила)", "Обрано: George Redmond (етап 1)", "квота 1300.00000", "дійсних бюлетенів: 5199");
        var labels = PictureAssert.Labels(root);
        Assert.Contains("Етап 1", labels);
        Assert.Contains("✓ обрано", labels);
        Assert.Contains("обрано 1-м, етап 1", labels);
        Assert.All(Calton.Value.Stages, s => Assert.Contains(s.Total.ToString(), labels));
    }
}
