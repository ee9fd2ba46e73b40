using Councils.Node;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Councils.Accounts;

/// <summary>
/// Who the signed-in account acts as: in a body, the member it is linked to; in a federation, the person it is
/// through a member body (a delegate votes on the federation's items, every member in its referendums). Pages pass
/// it as <c>By</c> in the node's requests; null means the request is anonymous or the account belongs neither to
/// the body nor to any of its member bodies, and the page should say so rather than act.
/// </summary>
public sealed class ActingMember(IHttpContextAccessor http, UserManager<Account> users, AccountsDb db, INode node)
{
    /// <summary>
    /// The member handle the current request's account acts as in <paramref name="body"/>; in a federation it has no
    /// membership of its own, the key of its member in one of the federation's member bodies (which acts that key may
    /// take there, as a delegate or a voter, the node's rules decide); null if neither.
    /// </summary>
    public async Task<string?> InBodyAsync(string body, CancellationToken ct)
    {
        var account = AccountId();
        if (account is null)
            return null;
        var links = await db.Memberships.Where(m => m.AccountId == account).ToListAsync(ct);
        if (links.FirstOrDefault(m => m.BodyId == body) is { } direct)
            return direct.Member;
        if (links.Count == 0)
            return null;
        var members = (await node.GetBodyAsync(body, ct)).MemberBodies.Select(m => m.Body).ToHashSet(StringComparer.Ordinal);
        foreach (var link in links.Where(l => members.Contains(l.BodyId)))
        {
            if ((await node.GetBodyAsync(link.BodyId, ct)).Members.FirstOrDefault(m => m.Handle == link.Member) is { } member)
                return member.Key;
        }
        return null;
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
