namespace Councils.Domain.Planning.Economy;

/// <summary>
/// What a plan is made from: the goods, the techniques workplace councils propose, the needs consumer councils
/// state, and the primary resources available.
/// </summary>
/// <remarks>
/// <para>The plan chooses an activity level x_t ∈ [0, capacity_t] for every technique and a fulfilment
/// f_n ∈ [0, cap_n] for every need so that no good is used beyond what is made and available — for every good g,
/// Σ_t a_tg·x_t − Σ_n q_ng·f_n ≥ −available_g (the material balance) — and Σ_n priority_n·f_n is as large as it
/// can be. The price of a good is the multiplier of its balance.</para>
/// <para>Storage is flat, for economies of millions of goods and techniques: the techniques' coefficients are one
/// CSR-like pair of arrays (a start per technique, then good indices and net coefficients), likewise the needs'
/// quantities; <see cref="Technique"/> and <see cref="Need"/> are views into them. Councils are a table of names
/// that techniques and needs point into. The problem is immutable and is valid once made: every index in range,
/// goods increasing and unique within a technique or need, every number finite except capacities and caps,
/// which may be +∞, nothing negative that must not be, so that doing nothing (x = 0, f = 0) is always a plan.</para>
/// </remarks>
public sealed class PlanProblem
{
    private readonly Good[] goods;
    private readonly double[] available;
    private readonly string[] councils;
    private readonly int[] techniqueCouncils, techniqueStarts, techniqueGoods;
    private readonly double[] capacities, techniqueCoefficients;
    private readonly int[] needCouncils, needStarts, needGoods;
    private readonly double[] priorities, caps, needQuantities;

    internal PlanProblem(
        Good[] goods, double[] available, string[] councils,
        int[] techniqueCouncils, double[] capacities, int[] techniqueStarts, int[] techniqueGoods, double[] techniqueCoefficients,
        int[] needCouncils, double[] priorities, double[] caps, int[] needStarts, int[] needGoods, double[] needQuantities,
        GeneratorSettings? origin = null)
    {
        (this.goods, this.available, this.councils) = (goods, available, councils);
        (this.techniqueCouncils, this.capacities, this.techniqueStarts, this.techniqueGoods, this.techniqueCoefficients) =
            (techniqueCouncils, capacities, techniqueStarts, techniqueGoods, techniqueCoefficients);
        (this.needCouncils, this.priorities, this.caps, this.needStarts, this.needGoods, this.needQuantities) =
            (needCouncils, priorities, caps, needStarts, needGoods, needQuantities);
        Origin = origin;
        PlanProblemCheck.Check(this);
    }

    /// <summary>The goods, products and primary resources, in index order.</summary>
    public IReadOnlyList<Good> Goods => goods;

    /// <summary>How much of each good is available before production (≥ 0; usually 0 for products).</summary>
    public ReadOnlySpan<double> Available => available;

    /// <summary>The number of goods.</summary>
    public int GoodCount => goods.Length;

    /// <summary>The number of techniques.</summary>
    public int TechniqueCount => capacities.Length;

    /// <summary>The number of needs.</summary>
    public int NeedCount => priorities.Length;

    /// <summary>The number of stored coefficients of techniques plus quantities of needs.</summary>
    public long NonZeroCount => (long)techniqueGoods.Length + needGoods.Length;

    /// <summary>The names of the councils that techniques and needs belong to.</summary>
    public IReadOnlyList<string> Councils => councils;

    /// <summary>The settings that generated this problem, when <see cref="EconomyGenerator"/> made it.</summary>
    public GeneratorSettings? Origin { get; }

    /// <summary>Technique <paramref name="index"/>.</summary>
    public Technique Technique(int index) =>
        (uint)index < (uint)TechniqueCount ? new Technique(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Need <paramref name="index"/>.</summary>
    public Need Need(int index) =>
        (uint)index < (uint)NeedCount ? new Need(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The name of council <paramref name="index"/>.</summary>
    public string CouncilName(int index) => councils[index];

    /// <summary>Per technique, the index of its council in <see cref="Councils"/>.</summary>
    public ReadOnlySpan<int> TechniqueCouncils => techniqueCouncils;

    /// <summary>Per technique, its capacity.</summary>
    public ReadOnlySpan<double> Capacities => capacities;

    /// <summary>Technique t's entries are at <c>TechniqueStarts[t]</c> to <c>TechniqueStarts[t+1]-1</c>.</summary>
    public ReadOnlySpan<int> TechniqueStarts => techniqueStarts;

    /// <summary>The good of each technique entry.</summary>
    public ReadOnlySpan<int> TechniqueGoods => techniqueGoods;

    /// <summary>The net coefficient of each technique entry: + output, − input, per unit of activity.</summary>
    public ReadOnlySpan<double> TechniqueCoefficients => techniqueCoefficients;

    /// <summary>Per need, the index of its council in <see cref="Councils"/>.</summary>
    public ReadOnlySpan<int> NeedCouncils => needCouncils;

    /// <summary>Per need, its priority.</summary>
    public ReadOnlySpan<double> Priorities => priorities;

    /// <summary>Per need, its fulfilment cap (1, or +∞ for a target bundle).</summary>
    public ReadOnlySpan<double> Caps => caps;

    /// <summary>Need n's entries are at <c>NeedStarts[n]</c> to <c>NeedStarts[n+1]-1</c>.</summary>
    public ReadOnlySpan<int> NeedStarts => needStarts;

    /// <summary>The good of each need entry.</summary>
    public ReadOnlySpan<int> NeedGoods => needGoods;

    /// <summary>The quantity of each need entry per unit of fulfilment.</summary>
    public ReadOnlySpan<double> NeedQuantities => needQuantities;
}
