using System.Diagnostics.CodeAnalysis;

namespace Councils.Domain.Bodies;

/// <summary>
/// What a body is: one of the three kinds of cell (a workplace committee, a land commune, a
/// neighbourhood council) or a federation, whose members are bodies.
/// </summary>
/// <remarks>There are exactly four instances; compare them with <c>==</c>.</remarks>
public sealed class BodyKind
{
    private BodyKind(string name, bool isCell)
    {
        Name = name;
        IsCell = isCell;
    }

    /// <summary>A committee of the people who work in one factory, workshop or office.</summary>
    public static BodyKind WorkplaceCommittee { get; } = new("workplace-committee", isCell: true);

    /// <summary>A commune of peasants working land together.</summary>
    public static BodyKind LandCommune { get; } = new("land-commune", isCell: true);

    /// <summary>A council of the people who live in one neighbourhood.</summary>
    public static BodyKind NeighbourhoodCouncil { get; } = new("neighbourhood-council", isCell: true);

    /// <summary>A body whose members are bodies: cells or other federations.</summary>
    public static BodyKind Federation { get; } = new("federation", isCell: false);

    /// <summary>The four kinds, cells first.</summary>
    public static IReadOnlyList<BodyKind> All { get; } = [WorkplaceCommittee, LandCommune, NeighbourhoodCouncil, Federation];

    /// <summary>The kind as the record writes it, such as <c>land-commune</c>.</summary>
    public string Name { get; }

    /// <summary>Whether a body of this kind is a cell: a basic body of people, not of bodies.</summary>
    public bool IsCell { get; }

    /// <summary>Reads a kind as the record writes it; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BodyKind? kind)
    {
        kind = All.FirstOrDefault(k => k.Name == text);
        return kind is not null;
    }

    /// <summary>Reads a kind as the record writes it.</summary>
    /// <param name="text">The kind, such as <c>land-commune</c>.</param>
    /// <param name="field">Where the text sits, for the refusal.</param>
    /// <exception cref="RuleViolation">The text names no kind of body (<c>body-kind</c>).</exception>
    public static BodyKind Parse(string text, string? field = null) =>
        TryParse(text, out var kind)
            ? kind
            : throw new RuleViolation(Rules.BodyKind,
                $"'{text}' is not a kind of body: a body is a workplace-committee, a land-commune, a neighbourhood-council or a federation.", field);

    /// <summary>The kind as the record writes it.</summary>
    public override string ToString() => Name;
}
