using System.Text.Json;

namespace Councils.Domain.Planning.Economy;

/// <summary>
/// Reads a plan file (see <c>docs/plan-format.md</c>): a problem alone, or a problem with its plan, the councils'
/// responses and the certificate. Streaming: the file is never held whole.
/// </summary>
/// <remarks>
/// Anything that is not valid JSON is refused with the line (1-based) where the reader stopped; anything that is
/// JSON but not a plan file is refused naming its path in the document, such as <c>techniques[4].inputs.p9</c>.
/// Refusals are <see cref="RuleViolation"/>s with the rule <see cref="Rules.PayloadInvalid"/>.
/// </remarks>
public static class PlanFileReader
{
    /// <summary>Reads the plan file in <paramref name="stream"/>; <paramref name="source"/> names it in messages.</summary>
    public static PlanFile Read(Stream stream, string source = "plan file")
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return new PlanFileParser(new JsonTokens(stream), source).File();
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            throw new RuleViolation(Rules.PayloadInvalid, $"{source} line {line}: not valid JSON: {reason}.", "json");
        }
    }

    /// <summary>Reads the plan file at <paramref name="path"/>.</summary>
    public static PlanFile Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, Path.GetFileName(path));
    }
}
