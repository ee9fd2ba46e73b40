namespace Councils.Domain.Planning.Lp;

/// <summary>How far a point is from optimal, in the original units and in the scaled ones the restarts judge by.</summary>
/// <param name="Primal">‖Ax − proj_[l,u](Ax)‖₂.</param>
/// <param name="Dual">‖the part of c − Aᵀy that no column bound can absorb‖₂.</param>
/// <param name="PrimalObjective">cᵀx plus the constant.</param>
/// <param name="DualObjective">The dual objective at y and its reduced costs (the same in both units).</param>
/// <param name="ScaledPrimal">The primal residual of the scaled program (each row's violation times D).</param>
/// <param name="ScaledDual">The dual residual of the scaled program (each reduced cost times E).</param>
internal readonly record struct PdhgMeasures(
    double Primal, double Dual, double PrimalObjective, double DualObjective, double ScaledPrimal, double ScaledDual)
{
    public double Gap => Math.Abs(PrimalObjective - DualObjective);
}
