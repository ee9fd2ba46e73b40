using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Node.Storage;

namespace Councils.Node;

/// <summary>
/// The query tables are a function of a body's folded state: every row is built from the state by
/// one of the methods here. Appends write the rows their events touched; a rebuild writes every
/// row. Both build each row the same way, so a rebuild gives exactly what the appends gave.
/// </summary>
internal static class Projection
{
    public const string OpenStatus = "open";
    public const string DecidedStatus = "decided";

    /// <summary>Adds or updates the rows that the written entries touched.</summary>
    /// <param name="db">The context the caller saves.</param>
    /// <param name="state">The body's state after the entries.</param>
    /// <param name="written">The entries, in order.</param>
    /// <param name="events">The same entries as the fold decoded them, so they are not decoded twice.</param>
    /// <param name="ct">Cancels the reads of existing rows.</param>
    public static async Task WriteAsync(CouncilsDb db, BodyState state, IReadOnlyList<Entry> written, IReadOnlyList<RecordedEvent> events, CancellationToken ct)
    {
        var body = state.Id.ToString();
        var first = written[0].Seq;
        var at = written.ToDictionary(e => e.Seq, e => e.At);
        if (first == 0)
        {
            db.Bodies.Add(BodyRowOf(state, written[^1], written[0].At));
        }
        else
        {
            var row = await db.Bodies.FindAsync([body], ct) ?? throw Missing("body", body);
            Update(row, BodyRowOf(state, written[^1], row.CreatedAt));
        }

        var touched = new SortedSet<MotionId>();
        foreach (var entry in events)
        {
            switch (entry.Event)
            {
                case MotionOpened:
                    touched.Add(new MotionId(entry.Seq));
                    break;
                case BallotCast cast:
                    touched.Add(cast.Motion);
                    db.Ballots.Add(BallotRowOf(body, cast.Motion, state.Motions[cast.Motion].Ballots[entry.Author]));
                    break;
                case MinorityReportAttached report:
                    db.MinorityReports.Add(ReportRowOf(body, report.Motion, state.Motions[report.Motion].MinorityReports.First(r => r.Seq == entry.Seq)));
                    break;
                case DiscussionPosted posted:
                    db.Contributions.Add(ContributionRowOf(body, posted.Motion, state.Motions[posted.Motion].Discussion.First(c => c.Seq == entry.Seq)));
                    break;
                case MotionDecided decided:
                    touched.Add(decided.Motion);
                    break;
                case MotionAmended amended:
                    touched.Add(amended.Motion);
                    break;
            }
        }
        // A ballot admits no one: a batch of ballots (the common write) skips the pass over every member.
        if (events.Any(e => e.Event is not BallotCast))
        {
            foreach (var member in state.Members.Where(m => m.Value.AdmittedAtSeq >= first))
                db.Members.Add(MemberRowOf(body, member.Key, member.Value, at[member.Value.AdmittedAtSeq]));
        }
        foreach (var version in state.CharterHistory.Values.Where(v => v.Seq >= first))
            db.Charters.Add(CharterRowOf(body, version, at[version.Seq]));
        foreach (var id in touched)
        {
            var row = MotionRowOf(body, state.Motions[id]);
            if (id.Seq >= first)
                db.Motions.Add(row);
            else
                Update(await db.Motions.FindAsync([body, id.Seq], ct) ?? throw Missing("motion", $"{body}/{id}"), row);
        }
    }

    /// <summary>Writes every row of a body from its state and its whole log (after its old rows were deleted).</summary>
    public static void WriteAll(CouncilsDb db, BodyState state, IReadOnlyList<Entry> log)
    {
        var body = state.Id.ToString();
        db.Bodies.Add(BodyRowOf(state, log[^1], log[0].At));
        foreach (var (key, member) in state.Members)
            db.Members.Add(MemberRowOf(body, key, member, log[(int)member.AdmittedAtSeq].At));
        foreach (var version in state.CharterHistory.Values)
            db.Charters.Add(CharterRowOf(body, version, log[(int)version.Seq].At));
        foreach (var motion in state.Motions.Values)
        {
            db.Motions.Add(MotionRowOf(body, motion));
            foreach (var ballot in motion.Ballots.Values)
                db.Ballots.Add(BallotRowOf(body, motion.Id, ballot));
            foreach (var report in motion.MinorityReports)
                db.MinorityReports.Add(ReportRowOf(body, motion.Id, report));
            foreach (var contribution in motion.Discussion)
                db.Contributions.Add(ContributionRowOf(body, motion.Id, contribution));
        }
    }

    private static BodyRow BodyRowOf(BodyState state, Entry last, long createdAt) => new()
    {
        Id = state.Id.ToString(),
        Name = state.Name,
        Kind = state.Kind.Name,
        CharterVersion = state.CharterVersion.Version,
        Charter = state.Charter.ToJson().ToJsonString(),
        NodeKey = state.NodeKey.ToString(),
        HeadSeq = last.Seq,
        HeadHash = last.Hash.Bytes.ToArray(),
        CreatedAt = createdAt,
        MemberCount = state.Members.Count,
    };

    private static MemberRow MemberRowOf(string body, PublicKey key, Member member, long at) => new()
    {
        BodyId = body,
        MemberKey = key.ToString(),
        Name = member.Name,
        AdmittedSeq = member.AdmittedAtSeq,
        AdmittedAt = at,
    };

    private static CharterRow CharterRowOf(string body, CharterVersion version, long at) => new()
    {
        BodyId = body,
        Version = version.Version,
        Charter = version.Charter.ToJson().ToJsonString(),
        DecidedByMotion = version.Motion?.Seq,
        At = at,
    };

    private static MotionRow MotionRowOf(string body, Motion motion) => new()
    {
        BodyId = body,
        MotionId = motion.Id.Seq,
        Title = motion.Title,
        Text = motion.Text,
        Method = motion.Method.ToJson().ToJsonString(),
        Effect = motion.Effect?.ToJson().ToJsonString(),
        Proposer = motion.Proposer.ToString(),
        OpenedAt = motion.OpenedAt,
        ClosesAt = motion.ClosesAt,
        Status = motion.Decision is null ? OpenStatus : DecidedStatus,
        Outcome = motion.Decision?.Outcome.ToString().ToLowerInvariant(),
        Count = motion.Decision?.Count.ToJson().ToJsonString(),
        CharterVersion = motion.Decision?.CharterVersion ?? motion.CharterVersion,
        DecidedAt = motion.Decision?.At,
        DecidedSeq = motion.Decision?.Seq,
        BallotsCast = motion.Ballots.Count,
    };

    private static BallotRow BallotRowOf(string body, MotionId motion, CastBallot ballot) => new()
    {
        BodyId = body,
        MotionId = motion.Seq,
        MemberKey = ballot.Member.ToString(),
        Ballot = ballot.Ballot.ToJson().ToJsonString(),
        Seq = ballot.Seq,
        At = ballot.At,
    };

    private static MinorityReportRow ReportRowOf(string body, MotionId motion, MinorityReport report) => new()
    {
        BodyId = body,
        Seq = report.Seq,
        MotionId = motion.Seq,
        Author = report.Author.ToString(),
        Text = report.Text,
        At = report.At,
    };

    private static ContributionRow ContributionRowOf(string body, MotionId motion, Contribution contribution) => new()
    {
        BodyId = body,
        Seq = contribution.Seq,
        MotionId = motion.Seq,
        Author = contribution.Author.ToString(),
        Text = contribution.Text,
        Answers = contribution.Answers,
        At = contribution.At,
    };

    private static void Update<T>(T tracked, T fresh)
        where T : class
    {
        foreach (var property in typeof(T).GetProperties())
            property.SetValue(tracked, property.GetValue(fresh));
    }

    private static InvalidOperationException Missing(string what, string id) =>
        new($"The query table has no {what} {id}; run `councils rebuild`.");
}
