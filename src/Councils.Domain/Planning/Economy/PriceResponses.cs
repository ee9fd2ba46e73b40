namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Each council's answer to a plan's prices as published in a plan file: the profit per unit of every technique
/// (its workplace council's reduced profit) and the value per unit of every need (its consumer council's).
/// </summary>
/// <param name="Profits">Per technique, Σ_g p⁺_g·a_tg.</param>
/// <param name="Values">Per need, priority − Σ_g p⁺_g·q_ng.</param>
public sealed record PriceResponses(double[] Profits, double[] Values)
{
    /// <summary>The responses to <paramref name="plan"/>'s prices, by <see cref="CouncilResponses"/>.</summary>
    public static PriceResponses Of(PlanProblem problem, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PriceResponses(CouncilResponses.Profits(problem, plan.Prices), CouncilResponses.Values(problem, plan.Prices));
    }
}
