namespace Councils.Domain.Planning.Lp;

/// <summary>The two layouts of an MPS file.</summary>
public enum MpsFormat
{
    /// <summary>
    /// Fixed MPS: fields in columns 2-3, 5-12, 15-22, 25-36, 40-47 and 50-61, so a field may be empty
    /// (BLEND's RHS set name) and a name may hold spaces. A line whose text does not sit in those columns
    /// is read as free MPS, as most readers do.
    /// </summary>
    Fixed,

    /// <summary>Free MPS: fields separated by white space; names hold no spaces; an omitted set name is inferred from the number of fields.</summary>
    Free,
}
