using System.Text.Json.Nodes;
using Councils.Domain.Bodies;
using Councils.Domain.Charters;
using Councils.Domain.Events;
using Councils.Domain.Federations;
using Councils.Domain.Methods;
using Councils.Domain.Motions;
using Councils.Domain.Record;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Federations;

/// <summary>The cells' acts of a random history: motions towards the federation, and petitions.</summary>
internal sealed partial class FederationHistory
{
    private static BodyId FedId => Petrograd.FederationId;

    /// <summary>Mostly a cell that belongs to the federation, when one does, so that its acts can reach it.</summary>
    private FederationModel.Cell RandomCell()
    {
        var affiliated = Cells.Where(c => _model.Cells[c].Affiliated).ToList();
        return _model.Cells[affiliated.Count > 0 && _random.NextDouble() < 0.85 ? Pick(affiliated) : Pick(Cells)];
    }

    private static List<PublicKey> Sorted(IEnumerable<PublicKey> keys) => [.. keys.OrderBy(k => k.ToString(), StringComparer.Ordinal)];

    /// <summary>Mostly a member of the cell; now and then anyone else.</summary>
    private PublicKey Proposer(FederationModel.Cell cell) =>
        _random.NextDouble() < 0.9 ? Pick(Sorted(cell.Members)) : People.Key((byte)_random.Next(1, 12));

    /// <summary>Mostly one of the cell's seat holders; now and then anyone.</summary>
    private PublicKey Holder(FederationModel.Cell cell)
    {
        var held = Sorted(cell.Seats.OfType<PublicKey>());
        return held.Count > 0 && _random.NextDouble() < 0.75 ? Pick(held) : People.Key((byte)_random.Next(1, 12));
    }

    private void Join() => Join(RandomCell());

    private void Join(FederationModel.Cell cell)
    {
        var proposer = Proposer(cell);
        var competences = AllMatters.Append("fishing").Where(_ => _random.NextDouble() < 0.9).ToList();
        CellMotion(cell, proposer, $"join by {cell.Id} [{string.Join(",", competences)}]", new FederationJoin(FedId, competences), null,
            FederationModel.OpenEffect(cell, proposer, "join"), (_, _) =>
            {
                FederationModel.Join(cell);
                return _model.Joined(cell.Id, competences);
            });
    }

    private void Withdraw()
    {
        var cell = RandomCell();
        var proposer = Proposer(cell);
        CellMotion(cell, proposer, $"withdraw {cell.Id}", new FederationWithdraw(FedId), null,
            FederationModel.OpenEffect(cell, proposer, "withdraw"), (_, _) =>
            {
                FederationModel.Withdraw(cell);
                return _model.Withdrawn(cell.Id);
            });
    }

    private void Elect() => Elect(RandomCell());

    private void Elect(FederationModel.Cell cell)
    {
        var proposer = Proposer(cell);
        var members = Sorted(cell.Members);
        var candidates = members.OrderBy(_ => _random.Next()).Take(_random.Next(2, Math.Min(4, members.Count) + 1)).ToList();
        if (_random.NextDouble() < 0.1)
        {
            var outsider = People.Key((byte)_random.Next(1, 12));
            if (!candidates.Contains(outsider))
                candidates[0] = outsider;
        }
        var stv = new SingleTransferableVote(StvRules.Scottish, candidates.Select(c => c.ToString()), Math.Min(cell.SeatsRule, candidates.Count), _random.Next(1000));
        CellMotion(cell, proposer, $"elect in {cell.Id} among {Keys(candidates.Select(c => (PublicKey?)c))}", new DelegatesElect(FedId), stv,
            FederationModel.OpenEffect(cell, proposer, "elect", candidates: candidates), (decided, at) =>
            {
                var order = ElectionOrder(stv, decided, cell.Members.Count);
                FederationModel.Elect(cell, order, decided.Count.Winners.Length);
                return _model.Seated(cell.Id, cell.Seats, at + cell.TermMs);
            });
    }

    /// <summary>Those elected, then the substitutes in the order counts of the same ballots for one more seat, then another, elect them.</summary>
    private List<PublicKey> ElectionOrder(SingleTransferableVote stv, MotionDecided decided, long eligible)
    {
        var order = decided.Count.Winners.ToList();
        for (var seats = order.Count + 1; seats < stv.Options.Length; seats++)
        {
            var more = new SingleTransferableVote(stv.Rules, stv.Options, seats, stv.Seed).Count(_ranked, eligible, Fraction.Half);
            if (more.Outcome != Outcome.Carried)
                break;
            order.AddRange(more.Winners.Where(w => !order.Contains(w)));
        }
        order.AddRange(stv.Options.Where(o => !order.Contains(o)));
        return [.. order.Select(PublicKey.Parse)];
    }

    private void Petition()
    {
        var cell = RandomCell();
        var author = Proposer(cell);
        var person = Holder(cell);
        Agree($"petition in {cell.Id} by {Name(author)} against {Name(person)}", FederationModel.Petition(cell, author, person),
            () => _world.Append(cell.Id, author, new RecallPetitioned(FedId, person)));
    }

    private void RecallDelegate()
    {
        var cell = RandomCell();
        var proposer = Proposer(cell);
        var person = Holder(cell);
        CellMotion(cell, proposer, $"recall of {Name(person)} by {cell.Id}", new DelegateRecall(FedId, person), null,
            FederationModel.OpenEffect(cell, proposer, "recall", person), (_, _) =>
            {
                var substitute = FederationModel.Recall(cell, person);
                return _model.RecalledBy(cell.Id, person, substitute);
            });
    }

    private long PickItem(DecisionMode mode) => _random.NextDouble() < 0.05 || Item(mode) is not { } item ? 999_999 : item.Id;

    private string[]? RandomChoices() =>
        _random.Next(4) == 0 ? null : [.. ChoiceNames.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3))];

    private void SetMandate()
    {
        var cell = RandomCell();
        var proposer = Proposer(cell);
        var item = PickItem(DecisionMode.Delegates);
        var revision = _model.Items.TryGetValue(item, out var known) ? _random.Next(0, known.Revision + 2) : 0;
        var (allow, fallback) = (RandomChoices(), RandomChoices());
        var mandate = new Mandate(allow, fallback, revision);
        CellMotion(cell, proposer, $"mandate of {cell.Id} on {item}: {Mandate.Describe(mandate.Allow)}, then {Mandate.Describe(mandate.Fallback)}, r{revision}",
            new MandateSet(FedId, new MotionId(item), mandate), null,
            FederationModel.OpenEffect(cell, proposer, "mandate"), (_, at) => _model.MandateRecorded(item, cell.Id, (allow, fallback, revision), at + Log.Second));
    }

    private void Answer()
    {
        var cell = RandomCell();
        var proposer = Proposer(cell);
        var item = PickItem(DecisionMode.Ratification);
        CellMotion(cell, proposer, $"answer of {cell.Id} on {item}", new RatificationAnswer(FedId, new MotionId(item)), null,
            FederationModel.OpenEffect(cell, proposer, "ratify"),
            (decided, at) => _model.RatificationReported(item, cell.Id, decided.Outcome == Outcome.Carried, at + Log.Second),
            everyOutcome: true);
    }

    private readonly Dictionary<PublicKey, Ballot> _ranked = [];

    /// <summary>
    /// A motion in a cell with an effect towards the federation: opened (if the model and the fold
    /// agree it may be), voted on by most members, decided by the node. When the federation must
    /// hear of it, <paramref name="decided"/> updates the model and says what the federation makes
    /// of the notice; the fold's delivery must agree.
    /// </summary>
    private void CellMotion(FederationModel.Cell cell, PublicKey proposer, string act, MotionEffect effect, SingleTransferableVote? stv,
        string? expected, Func<MotionDecided, long, string?> decided, bool everyOutcome = false)
    {
        var id = default(MotionId);
        if (!Agree($"{act} (proposed by {Name(proposer)})", expected, () => id = _world.Open(cell.Id, proposer, effect, stv)))
            return;
        _ranked.Clear();
        var (yes, no, turnout) = (0, 0, 0);
        foreach (var member in Sorted(cell.Members).Where(_ => _random.NextDouble() < 0.88))
        {
            JsonObject ballot;
            if (stv is not null)
            {
                ballot = FederationWorld.Ranking(stv.Options.OrderBy(_ => _random.Next()).Select(PublicKey.Parse));
                _ranked[member] = stv.ReadBallot(ballot);
            }
            else
            {
                var choice = _random.NextDouble() < 0.75 ? "yes" : Pick(["no", "abstain"]);
                (yes, no) = (yes + (choice == "yes" ? 1 : 0), no + (choice == "no" ? 1 : 0));
                ballot = new JsonObject { ["choice"] = choice };
            }
            _world.Append(cell.Id, member, new BallotCast(id, ballot));
            turnout++;
        }
        var (outbox, refused) = (_world[cell.Id].Outbox.Count, _world.Refused.Count);
        var decision = _world.Decide(cell.Id, id);
        var at = _world[cell.Id].Motions[id].Decision!.At;
        var outcome = turnout < (cell.Members.Count + 1) / 2 ? Outcome.Lapsed : stv is not null || yes > no ? Outcome.Carried : Outcome.Rejected;
        Same(outcome, decision.Outcome, $"{act}: the cell's decision");
        var sent = everyOutcome || outcome == Outcome.Carried;
        var rule = sent ? decided(decision, at) : null;
        Same(sent, _world[cell.Id].Outbox.Count > outbox, $"{act}: whether the federation must hear of it");
        var actual = _world.Refused.Count > refused ? _world.Refused[^1].Refusal.Rule : null;
        if (sent)
            Tally($"record-of-{effect.Type}", actual);
        _trace.Add($"{_step}:   decided {outcome}{(sent ? $", recorded: {actual ?? "accepted"}" : "")}");
        Same(rule, actual, $"{act}: the federation's record of it");
    }
}
