namespace Councils.Node.Requests;

/// <summary>Posts a member's contribution to the discussion of an open motion, in answer to the contribution at seq <paramref name="Answers"/> when given.</summary>
public sealed record PostContribution(string By, string Text, long? Answers = null);
