namespace Councils.Domain.Planning.InputOutput;

/// <summary>A sector of an input-output table: an industry or a commodity, by its code and name.</summary>
/// <param name="Code">The table's code for the sector, such as BEA's <c>3110</c>; unique within a table.</param>
/// <param name="Name">A readable name; the code when the source gives none.</param>
public readonly record struct Sector(string Code, string Name);
