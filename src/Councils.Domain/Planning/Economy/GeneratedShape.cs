namespace Councils.Domain.Planning.Economy;

/// <summary>The counts an <see cref="EconomyGenerator"/> run works with, derived once from its settings.</summary>
internal sealed class GeneratedShape(GeneratorSettings settings)
{
    public int Products { get; } = settings.Products;

    public int Resources { get; } = settings.Resources;

    public int GoodCount => Products + Resources;

    public int TechniquesPerProduct { get; } = settings.TechniquesPerProduct;

    public int Techniques => Products * TechniquesPerProduct;

    public int Inputs { get; } = settings.InputsPerTechnique;

    public int Needs { get; } = settings.NeedCount;

    /// <summary>Basic goods (energy, transport…) at the start of the ordering: about √n/10, at least 2, at most n.</summary>
    public int Basic { get; } = Math.Min(settings.Products, Math.Max(2, (int)Math.Sqrt(settings.Products) / 10));

    /// <summary>Labour kinds come first among the resources; land and emissions follow when there are 3 or more.</summary>
    public int LabourKinds { get; } = settings.Resources >= 3 ? settings.Resources - 2 : 1;
}
