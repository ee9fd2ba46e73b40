using Councils.Domain;
using Councils.Node;
using Councils.Node.Requests;
using Councils.Node.Views;
using Councils.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Councils.Accounts;

/// <summary>
/// A newcomer becomes a member: a new account, admitted to the body through the node under the
/// body's admission rule (by <c>by</c>, or by their own act when the charter is open), and linked
/// to the new membership. If the rule refuses, nothing is kept and the rule's words say why.
/// </summary>
public sealed class Newcomers(UserManager<Account> users, AccountsDb db, INode node, IStringLocalizer<Text> text)
{
    /// <summary>Joins; returns the refusals (empty when the newcomer is now a member with an account).</summary>
    public async Task<IReadOnlyList<FieldError>> JoinAsync(string body, string? by, string name, string userName, string password, CancellationToken ct)
    {
        var account = new Account(userName.Trim());
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
            return [.. created.Errors.Select(Describe)];
        IReadOnlyList<FieldError> refusals;
        try
        {
            refusals = await AdmitAsync(body, by, account, name, ct);
        }
        catch
        {
            // No account without its membership, whatever went wrong.
            await users.DeleteAsync(account);
            throw;
        }
        if (refusals.Count > 0)
            await users.DeleteAsync(account);
        return refusals;
    }

    /// <summary>
    /// Admits the holder of an existing <paramref name="account"/> to <paramref name="body"/> as a new member
    /// named <paramref name="name"/>, by <paramref name="by"/>, and links the membership to the account;
    /// returns the refusals (the account is a member there already, or the admission rule refused).
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> AdmitAsync(string body, string? by, Account account, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await db.Memberships.AnyAsync(m => m.AccountId == account.Id && m.BodyId == body, ct))
            return [new FieldError("", text["JoinAlreadyAMember"])];
        MemberView member;
        try
        {
            // No handle is asked for: the node mints a fresh key, so no one can take over a key it already holds.
            member = await node.AddMemberAsync(body, new AddMember(name.Trim(), By: by), ct);
        }
        catch (RuleViolation v)
        {
            return [new FieldError("", text["JoinRefused", v.Message])];
        }
        db.Memberships.Add(new AccountMembership { AccountId = account.Id, BodyId = body, Member = member.Handle ?? member.Key });
        await db.SaveChangesAsync(ct);
        return [];
    }

    private FieldError Describe(IdentityError e) => e.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => new("UserName", text["UserNameTaken"]),
        nameof(IdentityErrorDescriber.InvalidUserName) => new("UserName", text["UserNameInvalid"]),
        nameof(IdentityErrorDescriber.PasswordTooShort) => new("Password", text["PasswordTooShort"]),
        _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => new("Password", e.Description),
        _ => new("", e.Description),
    };
}
