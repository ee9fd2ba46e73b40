namespace Councils.Node.Views;

/// <summary>A federation a body belongs to, as the body's own log has it: what it delegates, its seats, substitutes, mandates, recalls and the recall petitions standing.</summary>
public sealed record AffiliationView(
    string Federation,
    IReadOnlyList<string> Competences,
    long JoinedSeq,
    IReadOnlyList<SeatView> Seats,
    IReadOnlyList<PersonView> Substitutes,
    IReadOnlyList<MandateView> Mandates,
    IReadOnlyList<PersonView> Recalled,
    IReadOnlyList<PetitionView>? Petitions = null);

/// <summary>The members supporting the recall of a seated delegate (recall.petitioned since the delegate's election).</summary>
public sealed record PetitionView(PersonView Delegate, IReadOnlyList<PersonView> Supporters);

/// <summary>A delegate's seat: its index, its holder (null while it stays with the body) and the end of the term.</summary>
public sealed record SeatView(int Index, PersonView? Holder, long Until);

/// <summary>A person by key and name.</summary>
public sealed record PersonView(string Key, string Name);

/// <summary>A mandate on a federation's agenda item: the choices allowed (null: free), the fallback once amended, and the revision decided on.</summary>
public sealed record MandateView(long Motion, string Describes, IReadOnlyList<string>? Allow, IReadOnlyList<string>? Fallback, int Revision);

/// <summary>A member body of a federation, as the federation's log has it.</summary>
public sealed record MemberBodyView(string Body, IReadOnlyList<string> Competences, long Members, IReadOnlyList<SeatView> Seats);

/// <summary>What makes a federation's motion an agenda item: its matter and mode, its revision, and each member body's part in it.</summary>
public sealed record AgendaItemView(string Matter, string Mode, int Revision, IReadOnlyList<ItemBodyView> Bodies);

/// <summary>A member body's part in an agenda item: its roll, seats, mandate, and (by ratification) its answer.</summary>
public sealed record ItemBodyView(string Body, long Members, int Seats, MandateView? Mandate, string? Answer, long? AnswerSeq);
