namespace Councils.Domain.Planning.Economy;

/// <summary>What <see cref="EconomyGenerator"/> makes: the same settings always give the same economy.</summary>
/// <param name="Products">How many products.</param>
/// <param name="TechniquesPerProduct">How many techniques (each of its own workplace council) make each product.</param>
/// <param name="InputsPerTechnique">About how many goods each technique takes in (products and primary resources).</param>
/// <param name="Resources">How many kinds of primary resource: labour of several kinds first, then land, then emissions.</param>
/// <param name="Needs">How many needs (one consumer council each).</param>
/// <param name="Seed">The seed of the generator's random source.</param>
public sealed record GeneratorSettings(int Products, int TechniquesPerProduct = 2, int InputsPerTechnique = 8, int Resources = 3, int Needs = 0, ulong Seed = 1)
{
    /// <summary>The number of needs used: <see cref="Needs"/>, or a tenth of the products (at least one) when it is 0.</summary>
    public int NeedCount => Needs > 0 ? Needs : Math.Max(1, Products / 10);
}
