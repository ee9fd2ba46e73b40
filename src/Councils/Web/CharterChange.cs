namespace Councils.Web;

/// <summary>One rule of a charter that an amendment changed: its path (such as <c>quorum.num</c>), the old value and the new (null where there was none).</summary>
public sealed record CharterChange(string Field, string? Old, string? New);
