using Councils.Node.Requests;
using Councils.Node.Views;

namespace Councils.Node;

/// <summary>
/// Everything a node does for its callers. Two implementations: <see cref="LocalNode"/> acts on a
/// data folder or database directly, and the command line's remote node speaks to a running
/// node over HTTP, so every verb works both ways with one code path.
/// </summary>
public interface INode
{
    Task<IReadOnlyList<BodySummary>> ListBodiesAsync(CancellationToken ct);

    Task<BodyView> GetBodyAsync(string body, CancellationToken ct);

    Task<BodyView> CreateBodyAsync(CreateBody request, CancellationToken ct);

    Task<MemberView> AddMemberAsync(string body, AddMember request, CancellationToken ct);

    Task<MotionView> OpenMotionAsync(string body, OpenMotion request, CancellationToken ct);

    Task<MotionView> GetMotionAsync(string body, long motion, CancellationToken ct);

    Task<AppendResult> CastBallotAsync(string body, long motion, CastBallot request, CancellationToken ct);

    Task<AppendResult> AttachMinorityReportAsync(string body, long motion, AttachMinorityReport request, CancellationToken ct);

    /// <summary>Posts a member's contribution to the discussion of an open motion (discussion.posted).</summary>
    Task<AppendResult> PostContributionAsync(string body, long motion, PostContribution request, CancellationToken ct);

    Task<MotionView> CloseMotionAsync(string body, long motion, CloseMotion request, CancellationToken ct);

    /// <summary>Opens a cell's election of its delegates to a federation (a motion with the effect delegates.elect, by STV).</summary>
    Task<MotionView> ElectDelegatesAsync(string body, ElectDelegates request, CancellationToken ct);

    /// <summary>Records a member's support for recalling a delegate (recall.petitioned in the cell's log).</summary>
    Task<AppendResult> PetitionRecallAsync(string body, PetitionRecall request, CancellationToken ct);

    /// <summary>Amends an open agenda item of a federation, raising its revision.</summary>
    Task<MotionView> AmendMotionAsync(string body, long motion, AmendMotion request, CancellationToken ct);

    /// <summary>Appends an entry its author signed themselves (canonical bytes, as in docs/record.md).</summary>
    Task<AppendResult> AppendSignedAsync(string body, ReadOnlyMemory<byte> entry, CancellationToken ct);

    Task<HeadView> GetHeadAsync(string body, CancellationToken ct);

    /// <summary>Writes the body's log as JSON Lines: entries in order, each followed by its checkpoints.</summary>
    Task ExportAsync(string body, Stream destination, CancellationToken ct);

    /// <summary>Reads an exported log, verifies it whole, and stores it; returns the body's id.</summary>
    Task<ImportResult> ImportAsync(Stream source, CancellationToken ct);

    /// <summary>Verifies every log on the node.</summary>
    Task<VerifyReport> VerifyAsync(CancellationToken ct);

    Task<InclusionProofView> GetInclusionProofAsync(string body, long seq, long? size, CancellationToken ct);

    Task<ConsistencyProofView> GetConsistencyProofAsync(string body, long from, long? to, CancellationToken ct);
}
