namespace Councils.Domain.Planning.Economy;

/// <summary>What sort of good a <see cref="Good"/> is: a product that techniques make, or a primary resource that none does.</summary>
public enum GoodKind
{
    /// <summary>Made by workplace councils' techniques; usually nothing of it is available beforehand.</summary>
    Product,

    /// <summary>Hours of some kind of work: a primary resource.</summary>
    Labour,

    /// <summary>Land, in some unit of area: a primary resource.</summary>
    Land,

    /// <summary>An allowance of emissions: a primary resource (what may be emitted, not a thing to produce).</summary>
    Emissions,

    /// <summary>Any other primary resource (water, a mineral deposit…).</summary>
    Resource,
}
