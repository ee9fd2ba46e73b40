using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Councils.Accounts;

/// <summary>
/// Who the signed-in account acts as: in a body, the member it is linked to. Pages pass it as
/// <c>By</c> in the node's requests; null means the request is anonymous or the account is not a
/// member of that body, and the page should say so rather than act.
/// </summary>
public sealed class ActingMember(IHttpContextAccessor http, UserManager<Account> users, AccountsDb db)
{
    /// <summary>The member handle the current request's account acts as in <paramref name="body"/>, or null.</summary>
    public async Task<string?> InBodyAsync(string body, CancellationToken ct)
    {
        var account = AccountId();
        if (account is null)
            return null;
        return await db.Memberships.Where(m => m.AccountId == account && m.BodyId == body).Select(m => m.Member).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every membership of the current request's account, by body.</summary>
    public async Task<IReadOnlyList<AccountMembership>> AllAsync(CancellationToken ct)
    {
        var account = AccountId();
        if (account is null)
            return [];
        return await db.Memberships.Where(m => m.AccountId == account).OrderBy(m => m.BodyId).ToListAsync(ct);
    }

    private string? AccountId() => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? users.GetUserId(user) : null;
}
