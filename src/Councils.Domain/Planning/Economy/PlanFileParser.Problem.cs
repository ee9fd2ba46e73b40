using System.Runtime.InteropServices;
using System.Text.Json;

namespace Councils.Domain.Planning.Economy;

/// <summary>Techniques and needs: entries keyed by good code, stored flat and sorted by good.</summary>
internal sealed partial class PlanFileParser
{
    private void Techniques()
    {
        StartProblemArray("techniques");
        for (var t = 0; Element("techniques"); t++)
        {
            var path = $"techniques[{t}]";
            Expect(JsonTokenType.StartObject, path, "an object");
            string? council = null;
            var capacity = double.NaN;
            var from = techniqueGoods.Count;
            while (Property(path))
            {
                var member = tokens.Text;
                switch (member)
                {
                    case "council":
                        council = String($"{path}.council");
                        break;
                    case "capacity":
                        capacity = NumberOrInfinity($"{path}.capacity");
                        break;
                    case "outputs":
                        GoodEntries($"{path}.outputs", techniqueGoods, techniqueCoefficients, 1);
                        break;
                    case "inputs":
                        GoodEntries($"{path}.inputs", techniqueGoods, techniqueCoefficients, -1);
                        break;
                    default:
                        throw Refuse($"{path}.{member}", "is not a member of a technique");
                }
            }
            techniqueCouncils.Add(Council(council, $"{path}.council"));
            capacities.Add(double.IsNaN(capacity) ? throw Refuse($"{path}.capacity", "is missing (null for no limit)") : capacity);
            SortEntries(path, techniqueGoods, techniqueCoefficients, from);
            techniqueStarts.Add(techniqueGoods.Count);
        }
    }

    private void Needs()
    {
        StartProblemArray("needs");
        for (var n = 0; Element("needs"); n++)
        {
            var path = $"needs[{n}]";
            Expect(JsonTokenType.StartObject, path, "an object");
            string? council = null;
            var priority = double.NaN;
            var cap = 1.0;
            var from = needGoods.Count;
            while (Property(path))
            {
                var member = tokens.Text;
                switch (member)
                {
                    case "council":
                        council = String($"{path}.council");
                        break;
                    case "priority":
                        priority = NumberIn($"{path}.priority", 0, double.MaxValue);
                        break;
                    case "cap":
                        cap = NumberOrInfinity($"{path}.cap");
                        break;
                    case "quantities":
                        GoodEntries($"{path}.quantities", needGoods, needQuantities, 1);
                        break;
                    default:
                        throw Refuse($"{path}.{member}", "is not a member of a need");
                }
            }
            needCouncils.Add(Council(council, $"{path}.council"));
            priorities.Add(double.IsNaN(priority) ? throw Refuse($"{path}.priority", "is missing") : priority);
            caps.Add(cap);
            SortEntries(path, needGoods, needQuantities, from);
            needStarts.Add(needGoods.Count);
        }
    }

    private void StartProblemArray(string name)
    {
        if (!seenGoods)
            throw Refuse(name, "comes before goods; goods come first so entries can name them");
        if (name == "techniques" ? techniqueCouncils.Count > 0 || techniqueStarts.Count > 1 : needStarts.Count > 1)
            throw Refuse(name, "is given twice");
        Next(name);
        Expect(JsonTokenType.StartArray, name, "an array");
    }

    private void GoodEntries(string path, List<int> indices, List<double> values, int sign)
    {
        Next(path);
        Expect(JsonTokenType.StartObject, path, "an object of good codes and numbers");
        while (Property(path))
        {
            var code = tokens.Text;
            var at = $"{path}.{code}";
            if (!goodIndex.TryGetValue(code, out var good))
                throw Refuse(at, $"'{code}' is not a good of the file");
            var value = NumberIn(at, 0, double.MaxValue);
            if (value == 0)
                throw Refuse(at, "is 0; leave the good out instead");
            indices.Add(good);
            values.Add(sign * value);
        }
    }

    private void SortEntries(string path, List<int> indices, List<double> values, int from)
    {
        var keys = CollectionsMarshal.AsSpan(indices)[from..];
        var items = CollectionsMarshal.AsSpan(values)[from..];
        keys.Sort(items);
        for (var k = 1; k < keys.Length; k++)
        {
            if (keys[k] == keys[k - 1])
                throw Refuse(path, $"names the good {goods[keys[k]].Code} twice (a technique states the net: as output or as input, not both)");
        }
    }

    private int Council(string? name, string path)
    {
        if (string.IsNullOrEmpty(name))
            throw Refuse(path, "is missing");
        if (!councilIndex.TryGetValue(name, out var index))
        {
            index = councils.Count;
            councils.Add(name);
            councilIndex[name] = index;
        }
        return index;
    }
}
