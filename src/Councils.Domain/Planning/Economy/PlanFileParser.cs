using System.Text.Json;

namespace Councils.Domain.Planning.Economy;

/// <summary>The recursive descent over a plan file's tokens behind <see cref="PlanFileReader"/>.</summary>
internal sealed partial class PlanFileParser(JsonTokens tokens, string source)
{
    private readonly PlanProblemBuilder problem = new();
    private readonly List<(int Good, double Value)> entries = [];
    private Plan? plan;
    private PriceResponses? responses;
    private PlanCertificate? certificate;
    private bool seenGoods, seenTechniques, seenNeeds;

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
                    problem.Origin = Generator();
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
        return new PlanFile(problem.Build(), plan, certificate, responses);
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
            if (problem.IndexOfGood(code) >= 0)
                throw Refuse($"{path}.code", $"'{code}' is the code of an earlier good");
            problem.AddGood(code, name ?? code, kind, amount);
        }
    }
}
