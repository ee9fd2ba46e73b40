using System.Text.Json;

namespace Councils.Domain.Planning.Economy;

/// <summary>The plan, the responses, the certificate, and the token-level helpers.</summary>
internal sealed partial class PlanFileParser
{
    private Plan PlanPart()
    {
        Next("plan");
        Expect(JsonTokenType.StartObject, "plan", "an object");
        double[] activity = [], fulfilment = [], prices = [];
        while (Property("plan"))
        {
            var member = tokens.Text;
            switch (member)
            {
                case "activity":
                    activity = Numbers("plan.activity");
                    break;
                case "fulfilment":
                    fulfilment = Numbers("plan.fulfilment");
                    break;
                case "prices":
                    prices = Numbers("plan.prices");
                    break;
                default:
                    throw Refuse($"plan.{member}", "is not a member of a plan");
            }
        }
        return Plan.Own(activity, fulfilment, prices);
    }

    private PriceResponses Responses()
    {
        Next("responses");
        Expect(JsonTokenType.StartObject, "responses", "an object");
        double[] profits = [], values = [];
        while (Property("responses"))
        {
            var member = tokens.Text;
            switch (member)
            {
                case "profits":
                    profits = Numbers("responses.profits");
                    break;
                case "values":
                    values = Numbers("responses.values");
                    break;
                default:
                    throw Refuse($"responses.{member}", "is not a member of responses");
            }
        }
        return new PriceResponses(profits, values);
    }

    private PlanCertificate Certificate()
    {
        Next("certificate");
        Expect(JsonTokenType.StartObject, "certificate", "an object");
        var claimed = new PlanCertificate(double.NaN, double.NaN, double.NaN, double.NaN);
        while (Property("certificate"))
        {
            var member = tokens.Text;
            var path = "certificate." + member;
            claimed = member switch
            {
                "objective" => claimed with { Objective = NumberIn(path, double.MinValue, double.MaxValue) },
                "bound" => claimed with { Bound = NumberOrInfinity(path, double.MinValue) },
                "gap" => claimed with { Gap = NumberOrInfinity(path, double.MinValue) },
                "maxShortfall" => claimed with { MaxShortfall = NumberIn(path, double.MinValue, double.MaxValue) },
                "solver" => claimed with { Solver = Solver() },
                _ => throw Refuse(path, "is not a member of a certificate"),
            };
        }
        return claimed;
    }

    private SolverRecord Solver()
    {
        Next("certificate.solver");
        Expect(JsonTokenType.StartObject, "certificate.solver", "an object");
        var record = new SolverRecord("", 0, 0, 0, 0, 0, 0);
        while (Property("certificate.solver"))
        {
            var member = tokens.Text;
            var path = "certificate.solver." + member;
            record = member switch
            {
                "status" => record with { Status = String(path) },
                "iterations" => record with { Iterations = Integer(path) },
                "restarts" => record with { Restarts = Integer(path) },
                "tolerance" => record with { Tolerance = NumberIn(path, 0, double.MaxValue) },
                "threads" => record with { Threads = Integer(path) },
                "seconds" => record with { Seconds = NumberIn(path, 0, double.MaxValue) },
                "repairRounds" => record with { RepairRounds = Integer(path) },
                _ => throw Refuse(path, "is not a member of solver"),
            };
        }
        return record;
    }

    private double[] Numbers(string path)
    {
        Next(path);
        Expect(JsonTokenType.StartArray, path, "an array of numbers");
        var values = new List<double>();
        for (var i = 0; Element(path); i++)
        {
            if (tokens.Type != JsonTokenType.Number || double.IsNaN(tokens.Number))
                throw Refuse($"{path}[{i}]", "is not a number");
            values.Add(tokens.Number);
        }
        return [.. values];
    }

    private void Next(string path)
    {
        if (!tokens.Next())
            throw Refuse(path, "is cut off: the file ends too soon");
    }

    private void Expect(JsonTokenType type, string path, string what)
    {
        if (tokens.Type != type)
            throw Refuse(path, $"must be {what}");
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private bool Property(string path)
    {
        Next(path);
        return tokens.Type == JsonTokenType.PropertyName;
    }

    /// <summary>Moves to the next element of the current array; false at its end.</summary>
    private bool Element(string path)
    {
        Next(path);
        return tokens.Type != JsonTokenType.EndArray;
    }

    private string String(string path)
    {
        Next(path);
        Expect(JsonTokenType.String, path, "a string");
        return tokens.Text;
    }

    private double NumberIn(string path, double low, double high)
    {
        Next(path);
        if (tokens.Type != JsonTokenType.Number || !(tokens.Number >= low && tokens.Number <= high))
            throw Refuse(path, low == 0 ? "must be a number, not negative" : "must be a number");
        return tokens.Number;
    }

    /// <summary>A number, or null for +∞ (no limit).</summary>
    private double NumberOrInfinity(string path, double low = 0)
    {
        Next(path);
        if (tokens.Type == JsonTokenType.Null)
            return double.PositiveInfinity;
        if (tokens.Type != JsonTokenType.Number || !(tokens.Number >= low))
            throw Refuse(path, low == 0 ? "must be a number, not negative, or null for no limit" : "must be a number, or null for +∞");
        return tokens.Number;
    }

    private int Integer(string path)
    {
        var value = NumberIn(path, 0, int.MaxValue);
        return value == Math.Floor(value) ? (int)value : throw Refuse(path, "must be a whole number");
    }

    private ulong Unsigned(string path)
    {
        Next(path);
        return tokens.Type == JsonTokenType.Number && tokens.Unsigned is { } value ? value : throw Refuse(path, "must be a whole number, not negative");
    }

    private RuleViolation Refuse(string path, string message) =>
        new(Rules.PayloadInvalid, $"{source}: {(path.Length == 0 ? "the document" : path)} {message}.", path.Length == 0 ? "json" : path);
}
