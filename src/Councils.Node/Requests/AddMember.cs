namespace Councils.Node.Requests;

/// <summary>Admits a member. <see cref="By"/> is the admitting member (a handle or key), as the admission rule requires.</summary>
public sealed record AddMember(string Name, string? By = null, string? Handle = null, string? Key = null);
