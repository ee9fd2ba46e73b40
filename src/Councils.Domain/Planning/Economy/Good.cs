namespace Councils.Domain.Planning.Economy;

/// <summary>A good of a plan problem: a product or a primary resource.</summary>
/// <param name="Code">The short code that names it everywhere in a plan file, unique within the problem.</param>
/// <param name="Name">Its name for people (may equal the code).</param>
/// <param name="Kind">Product or which kind of primary resource.</param>
public readonly record struct Good(string Code, string Name, GoodKind Kind)
{
    /// <summary>True for everything but a product: nothing makes it, only what is available can be used.</summary>
    public bool IsPrimary => Kind != GoodKind.Product;
}
