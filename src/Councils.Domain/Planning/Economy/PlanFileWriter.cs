using System.Text.Json;

namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Writes a <see cref="PlanFile"/> as JSON (see <c>docs/plan-format.md</c>), streaming, so millions of techniques
/// cost no more memory than the buffer. Numbers are written in their shortest round-trip form; +∞ (an unlimited
/// capacity or cap, a bound the prices cannot give) is written as <c>null</c>.
/// </summary>
public static class PlanFileWriter
{
    /// <summary>The value of the <c>format</c> member.</summary>
    public const string Format = "councils-plan-1";

    /// <summary>Writes <paramref name="file"/> to <paramref name="stream"/>, indented when <paramref name="indented"/> (for small files).</summary>
    public static void Write(Stream stream, PlanFile file, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, SkipValidation = true });
        var problem = file.Problem;
        json.WriteStartObject();
        json.WriteString("format", Format);
        if (problem.Origin is { } origin)
        {
            json.WriteStartObject("generator");
            json.WriteNumber("products", origin.Products);
            json.WriteNumber("techniquesPerProduct", origin.TechniquesPerProduct);
            json.WriteNumber("inputsPerTechnique", origin.InputsPerTechnique);
            json.WriteNumber("resources", origin.Resources);
            json.WriteNumber("needs", origin.Needs);
            json.WriteNumber("seed", origin.Seed);
            json.WriteEndObject();
        }
        WriteGoods(json, problem);
        WriteTechniques(json, problem);
        WriteNeeds(json, problem);
        if (file.Plan is { } plan)
        {
            json.WriteStartObject("plan");
            Numbers(json, "activity", plan.Activity);
            Numbers(json, "fulfilment", plan.Fulfilment);
            Numbers(json, "prices", plan.Prices);
            json.WriteEndObject();
        }
        if (file.Responses is { } responses)
        {
            json.WriteStartObject("responses");
            Numbers(json, "profits", responses.Profits);
            Numbers(json, "values", responses.Values);
            json.WriteEndObject();
        }
        if (file.Certificate is { } certificate)
            WriteCertificate(json, certificate);
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteGoods(Utf8JsonWriter json, PlanProblem problem)
    {
        json.WriteStartArray("goods");
        for (var g = 0; g < problem.GoodCount; g++)
        {
            var good = problem.Goods[g];
            json.WriteStartObject();
            json.WriteString("code", good.Code);
            if (good.Name != good.Code)
                json.WriteString("name", good.Name);
            json.WriteString("kind", GoodKinds.Name(good.Kind));
            json.WriteNumber("available", problem.Available[g]);
            json.WriteEndObject();
            FlushNow(json, g);
        }
        json.WriteEndArray();
    }

    private static void WriteTechniques(Utf8JsonWriter json, PlanProblem problem)
    {
        json.WriteStartArray("techniques");
        for (var t = 0; t < problem.TechniqueCount; t++)
        {
            var technique = problem.Technique(t);
            json.WriteStartObject();
            json.WriteString("council", technique.Council);
            Number(json, "capacity", technique.Capacity);
            Entries(json, "outputs", problem, technique.Goods, technique.Coefficients, sign: 1);
            Entries(json, "inputs", problem, technique.Goods, technique.Coefficients, sign: -1);
            json.WriteEndObject();
            FlushNow(json, t);
        }
        json.WriteEndArray();
    }

    private static void WriteNeeds(Utf8JsonWriter json, PlanProblem problem)
    {
        json.WriteStartArray("needs");
        for (var n = 0; n < problem.NeedCount; n++)
        {
            var need = problem.Need(n);
            json.WriteStartObject();
            json.WriteString("council", need.Council);
            json.WriteNumber("priority", need.Priority);
            Number(json, "cap", need.Cap);
            Entries(json, "quantities", problem, need.Goods, need.Quantities, sign: 1);
            json.WriteEndObject();
            FlushNow(json, n);
        }
        json.WriteEndArray();
    }

    private static void WriteCertificate(Utf8JsonWriter json, PlanCertificate certificate)
    {
        json.WriteStartObject("certificate");
        json.WriteNumber("objective", certificate.Objective);
        Number(json, "bound", certificate.Bound);
        Number(json, "gap", certificate.Gap);
        json.WriteNumber("maxShortfall", certificate.MaxShortfall);
        if (certificate.Solver is { } solver)
        {
            json.WriteStartObject("solver");
            json.WriteString("status", solver.Status);
            json.WriteNumber("iterations", solver.Iterations);
            json.WriteNumber("restarts", solver.Restarts);
            json.WriteNumber("tolerance", solver.Tolerance);
            json.WriteNumber("threads", solver.Threads);
            json.WriteNumber("seconds", solver.Seconds);
            json.WriteNumber("repairRounds", solver.RepairRounds);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Entries(Utf8JsonWriter json, string name, PlanProblem problem, ReadOnlySpan<int> goods, ReadOnlySpan<double> values, int sign)
    {
        json.WriteStartObject(name);
        for (var k = 0; k < goods.Length; k++)
        {
            if (values[k] * sign > 0)
                json.WriteNumber(problem.Goods[goods[k]].Code, values[k] * sign);
        }
        json.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter json, string name, ReadOnlySpan<double> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsFinite(values[i]))
                json.WriteNumberValue(values[i]);
            else
                json.WriteNullValue();
            FlushNow(json, i);
        }
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name);
    }

    // Utf8JsonWriter buffers until flushed; flushing every few thousand items keeps the buffer small.
    private static void FlushNow(Utf8JsonWriter json, int index)
    {
        if ((index & 4095) == 4095)
            json.Flush();
    }
}
