using System.Text.Json.Nodes;

namespace Councils.Node.Views;

/// <summary>A motion, its discussion, its first ballots (up to <c>LocalNode.MaxBallotsShown</c>; <see cref="BallotsCast"/> counts them all) and, once decided, its decision.</summary>
public sealed record MotionView(
    string Body,
    long Id,
    string Title,
    string Text,
    JsonObject Method,
    JsonObject? Effect,
    string Proposer,
    long OpenedAt,
    long ClosesAt,
    string Status,
    int BallotsCast,
    int Eligible,
    IReadOnlyList<BallotView> Ballots,
    IReadOnlyList<MinorityReportView> MinorityReports,
    IReadOnlyList<ContributionView> Discussion,
    DecisionView? Decision,
    AgendaItemView? Item);
