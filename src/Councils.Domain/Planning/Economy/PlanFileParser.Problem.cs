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
            entries.Clear();
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
                        GoodEntries($"{path}.outputs", 1);
                        break;
                    case "inputs":
                        GoodEntries($"{path}.inputs", -1);
                        break;
                    default:
                        throw Refuse($"{path}.{member}", "is not a member of a technique");
                }
            }
            problem.AddTechnique(Council(council, $"{path}.council"), double.IsNaN(capacity) ? throw Refuse($"{path}.capacity", "is missing (null for no limit)") : capacity, SortedEntries(path));
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
            entries.Clear();
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
                        GoodEntries($"{path}.quantities", 1);
                        break;
                    default:
                        throw Refuse($"{path}.{member}", "is not a member of a need");
                }
            }
            problem.AddNeed(Council(council, $"{path}.council"), double.IsNaN(priority) ? throw Refuse($"{path}.priority", "is missing") : priority, cap, SortedEntries(path));
        }
    }

    private void StartProblemArray(string name)
    {
        if (!seenGoods)
            throw Refuse(name, "comes before goods; goods come first so entries can name them");
        if (name == "techniques" ? seenTechniques : seenNeeds)
            throw Refuse(name, "is given twice");
        if (name == "techniques")
            seenTechniques = true;
        else
            seenNeeds = true;
        Next(name);
        Expect(JsonTokenType.StartArray, name, "an array");
    }

    private void GoodEntries(string path, int sign)
    {
        Next(path);
        Expect(JsonTokenType.StartObject, path, "an object of good codes and numbers");
        while (Property(path))
        {
            var code = tokens.Text;
            var at = $"{path}.{code}";
            var good = problem.IndexOfGood(code);
            if (good < 0)
                throw Refuse(at, $"'{code}' is not a good of the file");
            var value = NumberIn(at, 0, double.MaxValue);
            if (value == 0)
                throw Refuse(at, "is 0; leave the good out instead");
            entries.Add((good, sign * value));
        }
    }

    /// <summary>The entries read for one technique or need, sorted by good; a good named twice is refused.</summary>
    private List<(int Good, double Value)> SortedEntries(string path)
    {
        entries.Sort((a, b) => a.Good.CompareTo(b.Good));
        for (var k = 1; k < entries.Count; k++)
        {
            if (entries[k].Good == entries[k - 1].Good)
                throw Refuse(path, $"names the good {problem.CodeOfGood(entries[k].Good)} twice (a technique states the net: as output or as input, not both)");
        }
        return entries;
    }

    private string Council(string? name, string path) =>
        string.IsNullOrEmpty(name) ? throw Refuse(path, "is missing") : name;
}
