namespace Councils.Domain.Planning.InputOutput;

/// <summary>One line of a BEA benchmark text file: a row code, a column code, the table number and the value.</summary>
/// <param name="Row">The row's I-O code.</param>
/// <param name="Column">The column's I-O code.</param>
/// <param name="Table">BEA's table number (3 = make, 5 = direct requirements, 7 and 8 = total requirements).</param>
/// <param name="Value">Millions of dollars or a coefficient, as the table says.</param>
public readonly record struct BeaCell(string Row, string Column, int Table, double Value);
