namespace Councils.Node.Requests;

/// <summary>The proposer's new text for an open agenda item of a federation.</summary>
public sealed record AmendMotion(string By, string Text);
