using System.Net;
using Councils.Accounts;
using Councils.Tests.Support;

namespace Councils.Tests.Pages;

public sealed class SignInLimitTests : IAsyncLifetime
{
    private RunningNode _server = null!;

    public async Task InitializeAsync() => _server = await RunningNode.StartSqliteAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_AreRefusedWith429WhileReadingTheFormStaysOpen()
    {
        using var client = _server.NewPageClient();

        for (var i = 0; i < AccountsComposition.SignInPermits; i++)
        {
            using var attempt = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "nobody"), ("Password", "wrong-password-" + i));
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }
        using var refused = await client.SubmitAsync("/account/sign-in", "/account/sign-in", ("UserName", "nobody"), ("Password", "one-too-many"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("<h1>Too many attempts</h1>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (form, _) = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, form);
    }
}
