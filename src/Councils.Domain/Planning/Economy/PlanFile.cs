namespace Councils.Domain.Planning.Economy;

/// <summary>The contents of a plan file: a problem, and, once solved, its plan and the plan's certificate.</summary>
/// <param name="Problem">The goods, techniques, needs and resources.</param>
/// <param name="Plan">The plan, or null for a problem-only file.</param>
/// <param name="Certificate">What the plan claims, or null when the file has no plan.</param>
/// <param name="Responses">Each council's reduced profit or value at the plan's prices, when published with the plan.</param>
public sealed record PlanFile(PlanProblem Problem, Plan? Plan = null, PlanCertificate? Certificate = null, PriceResponses? Responses = null);
