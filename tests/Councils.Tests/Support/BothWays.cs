namespace Councils.Tests.Support;

/// <summary>Rows of a command-line table, each run on a data folder and on a running node.</summary>
internal static class BothWays
{
    public static TheoryData<string, string> Of(IEnumerable<string> names)
    {
        var rows = new TheoryData<string, string>();
        foreach (var name in names)
        {
            rows.Add(name, "data");
            rows.Add(name, "node");
        }
        return rows;
    }
}
