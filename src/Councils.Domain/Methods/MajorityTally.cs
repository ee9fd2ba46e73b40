using Councils.Domain.Json;

namespace Councils.Domain.Methods;

/// <summary>The yes, no and abstain of majority ballots.</summary>
internal readonly record struct MajorityTally(long Yes, long No, long Abstain)
{
    public static MajorityTally Of(IEnumerable<MajorityBallot> ballots)
    {
        long yes = 0, no = 0, abstain = 0;
        foreach (var ballot in ballots)
        {
            _ = ballot.Choice switch
            {
                MajorityChoice.Yes => yes++,
                MajorityChoice.No => no++,
                _ => abstain++,
            };
        }
        return new MajorityTally(yes, no, abstain);
    }

    public IEnumerable<KeyValuePair<string, long>> ToTallies() =>
    [
        KeyValuePair.Create(Spellings.Of(MajorityChoice.Yes), Yes),
        KeyValuePair.Create(Spellings.Of(MajorityChoice.No), No),
        KeyValuePair.Create(Spellings.Of(MajorityChoice.Abstain), Abstain),
    ];
}
