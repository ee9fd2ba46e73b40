using System.Collections.Immutable;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Record;

namespace Councils.Domain.Bodies;

/// <summary>The rules of founding a body and admitting its members.</summary>
public sealed partial class BodyState
{
    private BodyState Create(BodyCreated created, RecordedEvent recorded) =>
        new(this, created.Name, created.BodyKind, recorded.Author)
        {
            CharterHistory = CharterHistory.Add(1, new CharterVersion(1, created.Charter, null, recorded.Seq)),
            Members = created.Founders.ToImmutableDictionary(f => f.Member, f => new Member(f.Name, recorded.Seq)),
        };

    private BodyState Admit(MemberAdmitted admitted, RecordedEvent recorded)
    {
        if (IsMember(admitted.Member))
            throw new RuleViolation(Rules.AlreadyAMember,
                $"{NameOf(admitted.Member)} is already a member of {Id}; a person is admitted once.", "payload.member");
        CheckAdmission(admitted, recorded.Author);
        return Admit(admitted.Member, admitted.Name, recorded.Seq);
    }

    private void CheckAdmission(MemberAdmitted admitted, PublicKey author)
    {
        var refusal = Charter.Admission switch
        {
            Admission.Open when author != admitted.Member =>
                $"The charter of {Id} is open: a person joins by their own signed act, so only {admitted.Name} can admit {admitted.Name}.",
            Admission.ByMember when !IsMember(author) =>
                $"The charter of {Id} admits by member: {NameOf(author)} is not a member and cannot admit {admitted.Name}.",
            Admission.ByDecision =>
                $"The charter of {Id} admits by decision: {admitted.Name} can be admitted only by a carried motion with a member.admit effect.",
            _ => null,
        };
        if (refusal is not null)
            throw new RuleViolation(Rules.Admission, refusal);
    }
}
