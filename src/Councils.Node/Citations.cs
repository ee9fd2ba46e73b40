using Councils.Domain;
using Councils.Domain.Bodies;
using Councils.Domain.Events;
using Councils.Domain.Record;
using Councils.Node.Views;

namespace Councils.Node;

/// <summary>
/// The check of a federation's log against its member bodies' logs, for whoever holds both: every
/// record of a member body's act cites an entry that is in that body's log with that hash, and no
/// ballot of a recalled delegate is dated after the body's recall decision. Each log verifies alone;
/// this is what only the two together can show.
/// </summary>
internal static class Citations
{
    /// <summary>The first citation that does not hold, or null; counts the citations checked.</summary>
    /// <param name="federation">The federation's id.</param>
    /// <param name="entries">The federation's entries, in order.</param>
    /// <param name="holds">Whether this node holds a body's log; citations of other logs cannot be checked here.</param>
    /// <param name="cited">The entry of a held body's log at a seq, or null when the log has no such entry.</param>
    /// <param name="checkedCount">How many citations could be checked.</param>
    public static VerifyFailure? Check(string federation, IEnumerable<Entry> entries, Func<BodyId, bool> holds, Func<BodyId, long, Entry?> cited, out long checkedCount)
    {
        checkedCount = 0;
        var recalls = new Dictionary<PublicKey, long>();
        // The federation's own fold says which ballots are delegates' (a recalled delegate still votes in a referendum as a member).
        var state = BodyState.Empty(BodyId.Parse(federation));
        foreach (var entry in entries)
        {
            var recorded = Fold.Recorded(entry);
            state = state.Apply(recorded);
            if (recorded.Event is DelegatesSeated seated)
            {
                foreach (var person in seated.Seats.OfType<Domain.Federations.Person>())
                    recalls.Remove(person.Member);
            }
            switch (recorded.Event)
            {
                case Reflection reflection:
                    var source = reflection.Source;
                    if (!holds(source.Body))
                        break;
                    checkedCount++;
                    if (cited(source.Body, source.Seq) is not { } target)
                        return new VerifyFailure(federation, entry.Seq, null, Rules.Citation,
                            $"Event {entry.Seq} of {federation} cites entry {source.Seq} of {source.Body}, which that body's log does not have.");
                    if (target.Hash != source.Hash)
                        return new VerifyFailure(federation, entry.Seq, null, Rules.Citation,
                            $"Event {entry.Seq} of {federation} cites entry {source.Seq} of {source.Body} with hash {source.Hash}, but that entry's hash is {target.Hash}.");
                    if (reflection is DelegateRecalled recalled)
                        recalls[recalled.Delegate] = target.At;
                    break;
                case BallotCast cast when state.Motions[cast.Motion].Item?.Mode == Domain.Charters.DecisionMode.Delegates
                                          && recalls.TryGetValue(entry.Author, out var at) && entry.At > at:
                    return new VerifyFailure(federation, entry.Seq, null, Rules.Recalled,
                        $"Event {entry.Seq} of {federation} is a ballot by a delegate whose body recalled them at {at} ms, before this ballot ({entry.At} ms).");
            }
        }
        return null;
    }
}
