namespace Councils.Domain.Planning.Economy;

/// <summary>The names of <see cref="GoodKind"/> values in plan files and on the command line.</summary>
public static class GoodKinds
{
    /// <summary>The kind's name: product, labour, land, emissions or resource.</summary>
    public static string Name(GoodKind kind) => kind switch
    {
        GoodKind.Product => "product",
        GoodKind.Labour => "labour",
        GoodKind.Land => "land",
        GoodKind.Emissions => "emissions",
        _ => "resource",
    };

    /// <summary>The kind of a name; false for a name that is none of them.</summary>
    public static bool TryParse(string name, out GoodKind kind)
    {
        (var known, kind) = name switch
        {
            "product" => (true, GoodKind.Product),
            "labour" => (true, GoodKind.Labour),
            "land" => (true, GoodKind.Land),
            "emissions" => (true, GoodKind.Emissions),
            "resource" => (true, GoodKind.Resource),
            _ => (false, GoodKind.Product),
        };
        return known;
    }
}
