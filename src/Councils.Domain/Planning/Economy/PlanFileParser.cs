using System.Text.Json;

namespace Councils.Domain.Planning.Economy;

/// <summary>The recursive descent over a plan file's tokens behind <see cref="PlanFileReader"/>.</summary>
internal sealed partial class PlanFileParser(JsonTokens tokens, string source)
{
    private readonly List<Good> goods = [];
    private readonly List<double> available = [];
    private readonly Dictionary<string, int> goodIndex = new(StringComparer.Ordinal);
    private readonly List<string> councils = [];
    private readonly Dictionary<string, int> councilIndex = new(StringComparer.Ordinal);
    private readonly List<int> techniqueCouncils = [], techniqueStarts = [0], techniqueGoods = [];
    private readonly List<double> capacities = [], techniqueCoefficients = [];
    private readonly List<int> needCouncils = [], needStarts = [0], needGoods = [];
    private readonly List<double> priorities = [], caps = [], needQuantities = [];
    private GeneratorSettings? origin;
    private Plan? plan;
    private PriceResponses? responses;
    private PlanCertificate? certificate;
    private bool seenGoods;

    public PlanFile File()
    {
        Next("");
        Expect(JsonTokenType.StartObject, "", "an object");
        var format = "";
        while (Property(""))
        {
            var name = tokens.Text;
            switch (name)
            {
                case "format":
                    format = String(name);
                    break;
                case "generator":
                    origin = Generator();
                    break;
                case "goods":
                    Goods();
                    break;
                case "techniques":
                    Techniques();
                    break;
                case "needs":
                    Needs();
                    break;
                case "plan":
                    plan = PlanPart();
                    break;
                case "responses":
                    responses = Responses();
                    break;
                case "certificate":
                    certificate = Certificate();
                    break;
                default:
                    throw Refuse(name, "is not a member of a plan file");
            }
        }
        if (tokens.Next())
            throw Refuse("", "has more after the end of the document");
        if (format != PlanFileWriter.Format)
            throw Refuse("format", $"must be \"{PlanFileWriter.Format}\"");
        if (!seenGoods)
            throw Refuse("goods", "is missing");
        if (plan is null && certificate is not null)
            throw Refuse("certificate", "is given without a plan");
        var problem = new PlanProblem(
            [.. goods], [.. available], [.. councils],
            [.. techniqueCouncils], [.. capacities], [.. techniqueStarts], [.. techniqueGoods], [.. techniqueCoefficients],
            [.. needCouncils], [.. priorities], [.. caps], [.. needStarts], [.. needGoods], [.. needQuantities], origin);
        return new PlanFile(problem, plan, certificate, responses);
    }

    private GeneratorSettings Generator()
    {
        Next("generator");
        Expect(JsonTokenType.StartObject, "generator", "an object");
        var settings = new GeneratorSettings(1);
        while (Property("generator"))
        {
            var name = tokens.Text;
            var path = "generator." + name;
            settings = name switch
            {
                "products" => settings with { Products = Integer(path) },
                "techniquesPerProduct" => settings with { TechniquesPerProduct = Integer(path) },
                "inputsPerTechnique" => settings with { InputsPerTechnique = Integer(path) },
                "resources" => settings with { Resources = Integer(path) },
                "needs" => settings with { Needs = Integer(path) },
                "seed" => settings with { Seed = Unsigned(path) },
                _ => throw Refuse(path, "is not a member of generator"),
            };
        }
        return settings;
    }

    private void Goods()
    {
        if (seenGoods)
            throw Refuse("goods", "is given twice");
        seenGoods = true;
        Next("goods");
        Expect(JsonTokenType.StartArray, "goods", "an array");
        for (var g = 0; Element($"goods"); g++)
        {
            var path = $"goods[{g}]";
            Expect(JsonTokenType.StartObject, path, "an object");
            string? code = null, name = null;
            var kind = GoodKind.Product;
            var amount = 0.0;
            while (Property(path))
            {
                var member = tokens.Text;
                switch (member)
                {
                    case "code":
                        code = String($"{path}.code");
                        break;
                    case "name":
                        name = String($"{path}.name");
                        break;
                    case "kind":
                        var text = String($"{path}.kind");
                        if (!GoodKinds.TryParse(text, out kind))
                            throw Refuse($"{path}.kind", $"'{text}' is not product, labour, land, emissions or resource");
                        break;
                    case "available":
                        amount = NumberIn($"{path}.available", 0, double.MaxValue);
                        break;
                    default:
                        throw Refuse($"{path}.{member}", "is not a member of a good");
                }
            }
            if (string.IsNullOrEmpty(code))
                throw Refuse($"{path}.code", "is missing");
            if (!goodIndex.TryAdd(code, goods.Count))
                throw Refuse($"{path}.code", $"'{code}' is the code of an earlier good");
            goods.Add(new Good(code, name ?? code, kind));
            available.Add(amount);
        }
    }
}
