using Councils.Domain.Planning.Lp;

namespace Councils.Domain.Tests.Planning;

/// <summary>Compares two linear programs part by part, so a failure says which part differs.</summary>
internal static class LpAssert
{
    public static void Same(LinearProgram expected, LinearProgram actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.ObjectiveName, actual.ObjectiveName);
        Assert.Equal(expected.RowNames, actual.RowNames);
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        Assert.Equal(expected.ObjectiveConstant, actual.ObjectiveConstant);
        Assert.Equal(expected.Cost.ToArray(), actual.Cost.ToArray());
        Assert.Equal(expected.RowLower.ToArray(), actual.RowLower.ToArray());
        Assert.Equal(expected.RowUpper.ToArray(), actual.RowUpper.ToArray());
        Assert.Equal(expected.ColumnLower.ToArray(), actual.ColumnLower.ToArray());
        Assert.Equal(expected.ColumnUpper.ToArray(), actual.ColumnUpper.ToArray());
        Assert.Equal(expected.IsInteger.ToArray(), actual.IsInteger.ToArray());
        Assert.Equal(expected.ColumnStarts.ToArray(), actual.ColumnStarts.ToArray());
        Assert.Equal(expected.ColumnRowIndices.ToArray(), actual.ColumnRowIndices.ToArray());
        Assert.Equal(expected.ColumnValues.ToArray(), actual.ColumnValues.ToArray());
        Assert.Equal(expected.RowStarts.ToArray(), actual.RowStarts.ToArray());
        Assert.Equal(expected.RowColumnIndices.ToArray(), actual.RowColumnIndices.ToArray());
        Assert.Equal(expected.RowValues.ToArray(), actual.RowValues.ToArray());
    }

    public static LinearProgram Netlib(string file, MpsFormat format = MpsFormat.Fixed)
    {
        using var reader = new StreamReader(RefCases.PathOf("lp", file));
        return MpsReader.Read(reader, format);
    }
}
