namespace Councils.Node.Views;

/// <summary>A contribution to a motion's discussion: its author (key and name), text, the seq of the contribution it answers (or null), seq and time.</summary>
public sealed record ContributionView(string Author, string Name, string Text, long? Answers, long Seq, long At);
