namespace Councils.Domain.Counting.Reports;

/// <summary>The words the reports use for stages.</summary>
internal static class StageNames
{
    public static string Action(StageAction action) => action switch
    {
        StageAction.FirstCount => "first count",
        StageAction.Surplus => "surplus",
        StageAction.Exclusion => "exclusion",
        _ => "iteration",
    };

    public static string Describe(CountStage stage) => stage.Action switch
    {
        StageAction.Surplus => $"surplus of {stage.Subject}",
        StageAction.Exclusion => $"exclusion of {stage.Subject}",
        StageAction.Iteration => "keep factors iterated",
        _ => "first count",
    };
}
