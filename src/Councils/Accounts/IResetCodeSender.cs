namespace Councils.Accounts;

/// <summary>
/// Delivers a password reset code to the account's holder. The default (<see cref="ShownToIssuer"/>)
/// needs no mail server: it gives the code back to be shown once to the issuing member, who hands
/// it on in person. Register another implementation to send it some other way.
/// </summary>
public interface IResetCodeSender
{
    /// <summary>Delivers <paramref name="message"/>; returns the code to show the issuing member, or null when it went another way.</summary>
    Task<string?> SendAsync(ResetCodeMessage message, CancellationToken ct);
}
