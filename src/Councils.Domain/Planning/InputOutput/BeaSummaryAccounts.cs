namespace Councils.Domain.Planning.InputOutput;

/// <summary>
/// BEA's benchmark input-output accounts at summary level: the make table V (industries ×
/// commodities, who makes what) and the direct requirements B (commodities × industries, inputs per
/// dollar of industry output), with the total requirements BEA derives from them under the industry
/// technology assumption.
/// </summary>
/// <remarks>
/// Market shares D = V q̂^-1 (q the commodity outputs, V's column sums). With
/// <see cref="ScrapTreatment.Adjusted"/>, D's scrap column is zero and row i is divided by 1 − p_i,
/// p_i the scrap share of industry i's output g_i (V's row sums); call the result W. Then the
/// industry-by-industry total requirements are (I − W B)^-1 and the industry-by-commodity ones are
/// W (I − B W)^-1 = (I − W B)^-1 W.
/// </remarks>
public sealed class BeaSummaryAccounts
{
    /// <summary>BEA's code for scrap, used and secondhand goods.</summary>
    public const string ScrapCode = "S004";

    /// <summary>Builds the accounts from BEA's cells; refuses a code that is not in the code list.</summary>
    /// <param name="codes">The code list, whose order the industries and commodities follow.</param>
    /// <param name="make">The make table's cells: row industry, column commodity.</param>
    /// <param name="directRequirements">The direct requirements' cells: row commodity (or value added, V…, which is left out), column industry.</param>
    public BeaSummaryAccounts(IReadOnlyList<Sector> codes, IReadOnlyList<BeaCell> make, IReadOnlyList<BeaCell> directRequirements)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(directRequirements);
        var known = codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = make.SelectMany(c => new[] { c.Row, c.Column })
            .Concat(directRequirements.SelectMany(c => new[] { c.Row, c.Column }))
            .FirstOrDefault(c => !known.Contains(c));
        if (unknown is not null)
            throw new RuleViolation(Rules.PayloadInvalid, $"The code '{unknown}' is not in the code list.", unknown);
        var inputs = directRequirements.Where(c => !IsValueAdded(c.Row)).ToList();
        var industryCodes = make.Select(c => c.Row).ToHashSet(StringComparer.Ordinal);
        var commodityCodes = make.Select(c => c.Column).Concat(inputs.Select(c => c.Row)).ToHashSet(StringComparer.Ordinal);
        Industries = [.. codes.Where(c => industryCodes.Contains(c.Code))];
        Commodities = [.. codes.Where(c => commodityCodes.Contains(c.Code))];
        Make = BeaSummaryReader.Layout(make, Industries, Commodities, "make table");
        DirectRequirements = BeaSummaryReader.Layout(inputs, Commodities, Industries, "direct requirements");
    }

    /// <summary>The industries, in the code list's order.</summary>
    public IReadOnlyList<Sector> Industries { get; }

    /// <summary>The commodities (made by an industry or used as an input), in the code list's order.</summary>
    public IReadOnlyList<Sector> Commodities { get; }

    /// <summary>V: industries × commodities, millions of dollars.</summary>
    public Matrix Make { get; }

    /// <summary>B: commodities × industries, inputs per dollar of industry output.</summary>
    public Matrix DirectRequirements { get; }

    /// <summary>The market shares, D or (with the scrap adjustment) W: industries × commodities.</summary>
    public Matrix MarketShares(ScrapTreatment scrap)
    {
        var scrapColumn = IndexOf(Commodities, ScrapCode);
        var shares = new double[Industries.Count, Commodities.Count];
        var industryOutput = new double[Industries.Count];
        for (var j = 0; j < Commodities.Count; j++)
        {
            var commodityOutput = 0.0;
            for (var i = 0; i < Industries.Count; i++)
            {
                commodityOutput += Make[i, j];
                industryOutput[i] += Make[i, j];
            }
            if (commodityOutput == 0 || (scrap == ScrapTreatment.Adjusted && j == scrapColumn))
                continue;
            for (var i = 0; i < Industries.Count; i++)
                shares[i, j] = Make[i, j] / commodityOutput;
        }
        var result = Matrix.Own(shares);
        if (scrap != ScrapTreatment.Adjusted || scrapColumn < 0)
            return result;
        var factors = new double[Industries.Count];
        for (var i = 0; i < Industries.Count; i++)
            factors[i] = industryOutput[i] == 0 ? 1 : 1 / (1 - (Make[i, scrapColumn] / industryOutput[i]));
        return result.ScaleRows(factors);
    }

    /// <summary>The industry-by-industry technical coefficients W B: what each industry needs from each industry per dollar of output.</summary>
    public TechnicalCoefficients IndustryByIndustry(ScrapTreatment scrap = ScrapTreatment.Adjusted) =>
        new(Industries, MarketShares(scrap).Times(DirectRequirements));

    /// <summary>BEA's industry-by-industry total requirements, (I − W B)^-1: industries × industries.</summary>
    public Matrix IndustryByIndustryTotalRequirements(ScrapTreatment scrap = ScrapTreatment.Adjusted) =>
        IndustryByIndustry(scrap).TotalRequirements();

    /// <summary>BEA's industry-by-commodity total requirements, W (I − B W)^-1: industries × commodities.</summary>
    public Matrix IndustryByCommodityTotalRequirements(ScrapTreatment scrap = ScrapTreatment.Adjusted) =>
        IndustryByIndustryTotalRequirements(scrap).Times(MarketShares(scrap));

    private static bool IsValueAdded(string code) => code.StartsWith('V');

    private static int IndexOf(IReadOnlyList<Sector> sectors, string code)
    {
        for (var i = 0; i < sectors.Count; i++)
        {
            if (sectors[i].Code == code)
                return i;
        }
        return -1;
    }
}
