namespace Councils.Accounts;

/// <summary>The default sender: no mail server; the issuing member sees the code once and hands it on.</summary>
internal sealed class ShownToIssuer : IResetCodeSender
{
    public Task<string?> SendAsync(ResetCodeMessage message, CancellationToken ct) => Task.FromResult<string?>(message.Code);
}
