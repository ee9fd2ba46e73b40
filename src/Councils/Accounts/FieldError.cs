namespace Councils.Accounts;

/// <summary>Why an account step was refused (a form error, not a rule of the record): the form field it belongs next to ("" for the whole form) and the words to show.</summary>
public sealed record FieldError(string Field, string Message);
