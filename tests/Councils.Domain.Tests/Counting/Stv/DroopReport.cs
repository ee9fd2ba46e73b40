using System.Globalization;
using System.Text.RegularExpressions;

namespace Councils.Domain.Tests.Counting.Stv;

/// <summary>
/// Reads the stage figures of a count report written by the Droop package: for the first count and
/// after each transfer, every candidate's votes, the non-transferable votes and the residual.
/// </summary>
internal sealed partial record DroopReport(IReadOnlyList<DroopReport.Stage> Stages)
{
    public sealed record Stage(string Action, Dictionary<string, decimal> Votes, decimal NonTransferable, decimal Residual);

    public static DroopReport Read(string path)
    {
        var stages = new List<Stage>();
        string? action = null;
        Dictionary<string, decimal> votes = [];
        decimal nonTransferable = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("Action: ", StringComparison.Ordinal))
            {
                action = line["Action: ".Length..];
                votes = [];
                continue;
            }
            var candidate = CandidateLine().Match(line);
            if (candidate.Success && action is not null)
            {
                var value = decimal.Parse(candidate.Groups[3].Value, CultureInfo.InvariantCulture);
                foreach (var name in candidate.Groups[2].Value.Split(", "))
                    votes[name] = value;
                continue;
            }
            if (line.StartsWith("\tNontransferable votes: ", StringComparison.Ordinal))
                nonTransferable = decimal.Parse(line.Split(": ")[1], CultureInfo.InvariantCulture);
            if (line.StartsWith("\tResidual: ", StringComparison.Ordinal) && action is not null
                && (action == "Begin Count" || action.StartsWith("Surplus transferred", StringComparison.Ordinal) || action.StartsWith("Transfer defeated", StringComparison.Ordinal)))
            {
                stages.Add(new Stage(action, votes, nonTransferable, decimal.Parse(line.Split(": ")[1], CultureInfo.InvariantCulture)));
            }
        }
        return new DroopReport(stages);
    }

    [GeneratedRegex(@"^\t(Hopeful|Elected|Pending|Defeated|Withdrawn):\s+(.*) \(([0-9.]+)\)$")]
    private static partial Regex CandidateLine();
}
