using System.Globalization;

namespace Councils.Cli;

/// <summary>A verb's arguments: positional words and <c>--name value</c> options (<c>--flag</c> alone for switches).</summary>
internal sealed class Args
{
    private static readonly HashSet<string> Switches = ["json", "help", "early", "free", "fallback-free", "progress"];
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private int _wordsRead;

    private Args(List<string> positional) => Positional = positional;

    public List<string> Positional { get; }

    public static Args Parse(IReadOnlyList<string> words)
    {
        var args = new Args([]);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                args.Positional.Add(word);
                continue;
            }
            var name = word[2..];
            string value;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
                (name, value) = (name[..eq], name[(eq + 1)..]);
            else if (Switches.Contains(name))
                value = "true";
            // An option where a value should be is a forgotten value, not the value: "--by --node URL" must not
            // vote as "--node" on the local folder. A value that starts with "--" is given as --name=value.
            else if (i + 1 < words.Count && !words[i + 1].StartsWith("--", StringComparison.Ordinal))
                value = words[++i];
            else
                throw new UsageException($"option --{name} needs a value");
            if (!args._options.TryAdd(name, value))
                throw new UsageException($"option --{name} is given twice");
        }
        return args;
    }

    /// <summary>Marks options as understood without reading them (the ones every verb accepts).</summary>
    public void MarkRead(params string[] names) => _read.UnionWith(names);

    public string? Optional(string name)
    {
        _read.Add(name);
        return _options.GetValueOrDefault(name);
    }

    public string Required(string name) => Optional(name) ?? throw new UsageException($"option --{name} is required");

    public bool Flag(string name) => Optional(name) is { } v && v != "false";

    public long RequiredLong(string name) => ToLong(name, Required(name));

    public long? OptionalLong(string name) => Optional(name) is { } v ? ToLong(name, v) : null;

    public string Word(int index, string what) => OptionalWord(index) ?? throw new UsageException($"{what} is required");

    public string? OptionalWord(int index)
    {
        _wordsRead = Math.Max(_wordsRead, index + 1);
        return index < Positional.Count ? Positional[index] : null;
    }

    /// <summary>A positional word that is a whole number, such as a federation's agenda item.</summary>
    public long LongWord(int index, string what)
    {
        var word = Word(index, what);
        return long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"{what} must be a whole number, not '{word}'");
    }

    /// <summary>Refuses options and words the verb did not read, so a typo is an error rather than ignored.</summary>
    public void EnsureAllRead()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"unknown option --{unknown[0]}");
        if (Positional.Count > _wordsRead)
            throw new UsageException($"unexpected word '{Positional[_wordsRead]}' (options are written --name value)");
    }

    private static long ToLong(string name, string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"option --{name} must be a whole number, not '{value}'");
}
