using Councils.Domain.Record;

namespace Councils.Domain.Tests.Support;

/// <summary>The people of the tests, each with a fixed key made of one repeated byte.</summary>
internal static class People
{
    private static readonly string[] Names = ["Ana", "Boris", "Clara", "Dmitri", "Elena", "Fyodor", "Galina", "Ivan", "Stranger"];

    /// <summary>The key of the node that hosts the bodies of the tests.</summary>
    public static PublicKey Node { get; } = Key(200);

    /// <summary>Everyone by name, with "Node" for the node.</summary>
    public static IReadOnlyDictionary<string, PublicKey> All { get; } =
        Names.Select((name, i) => (name, key: Key((byte)(i + 1))))
            .Append(("Node", Node))
            .ToDictionary(p => p.Item1, p => p.Item2);

    public static PublicKey Ana => All["Ana"];

    public static PublicKey Boris => All["Boris"];

    public static PublicKey Clara => All["Clara"];

    public static PublicKey Ivan => All["Ivan"];

    public static PublicKey Stranger => All["Stranger"];

    public static PublicKey Named(string name) => All[name];

    /// <summary>A person's name: theirs if they have one here, else "Person" and their key's byte.</summary>
    public static string NameOf(PublicKey key) =>
        All.FirstOrDefault(p => p.Value == key).Key ?? $"Person {key.Bytes[0]}";

    public static PublicKey Key(byte b) => PublicKey.FromBytes(Enumerable.Repeat(b, PublicKey.Length).ToArray());
}
