namespace Councils.Node.Requests;

/// <summary>
/// A person to admit. With <see cref="Key"/> the member holds their own key and signs their own acts;
/// without it the node makes a key and holds it under <see cref="Handle"/> (made from the name when not given).
/// </summary>
public sealed record NewMember(string Name, string? Handle = null, string? Key = null);
