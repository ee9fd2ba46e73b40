namespace Councils.Accounts;

/// <summary>Why an account step was refused: the form field it belongs next to ("" for the whole form) and the words to show.</summary>
public sealed record Refusal(string Field, string Message);
