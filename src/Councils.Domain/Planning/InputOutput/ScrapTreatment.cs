namespace Councils.Domain.Planning.InputOutput;

/// <summary>How the market shares treat scrap (BEA commodity <c>S004</c>), which industries make as a by-product.</summary>
public enum ScrapTreatment
{
    /// <summary>
    /// BEA's way: scrap is left out of the market shares (no industry is asked to make scrap on
    /// demand), and each industry's row of shares is scaled by 1 / (1 − its scrap share of output),
    /// since only that part of its output answers demand for other commodities.
    /// </summary>
    Adjusted,

    /// <summary>Scrap is a commodity like any other: plain market shares. Only to show what the adjustment does.</summary>
    Ignored,
}
