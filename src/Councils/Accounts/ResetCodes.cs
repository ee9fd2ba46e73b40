using Councils.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Councils.Accounts;

/// <summary>
/// Password reset without e-mail: a member of a body issues a one-time code for another member's
/// account; its holder sets a new password with it, once, before it expires.
/// </summary>
public sealed class ResetCodes(AccountsDb db, UserManager<Account> users, IPasswordHasher<Account> hasher, IResetCodeSender sender,
    [FromKeyedServices(AccountsComposition.NodeClock)] TimeProvider clock, IStringLocalizer<Text> text)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Wrong codes a code outlives; after them it is void and a new one must be issued.</summary>
    public const int MaxAttempts = 5;

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>What came of issuing: a refusal, or the code to show (null when the sender delivered it) and when it expires.</summary>
    public sealed record Issued(FieldError? FieldError, string? Shown = null, DateTimeOffset ExpiresAt = default, string? UserName = null);

    /// <summary>Issues a code for the account linked to <paramref name="member"/> in <paramref name="body"/>, by <paramref name="issuer"/>, a member there.</summary>
    public async Task<Issued> IssueAsync(string body, string issuer, string member, CancellationToken ct)
    {
        member = member.Trim();
        if (member == issuer)
            return new(new FieldError("Member", text["ResetCodeForSelf"]));
        var link = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.BodyId == body && m.Member == member, ct);
        var account = link is null ? null : await users.FindByIdAsync(link.AccountId);
        if (account is null)
            return new(new FieldError("Member", text["ResetCodeNoAccount", member, body]));
        var code = OneTimeSecret.Code();
        var now = Now;
        var expires = now + (long)Lifetime.TotalMilliseconds;
        db.ResetCodes.Add(new ResetCode
        {
            AccountId = account.Id, CodeHash = hasher.HashPassword(account, OneTimeSecret.NormaliseCode(code)),
            BodyId = body, IssuedBy = issuer, CreatedAt = now, ExpiresAt = expires,
        });
        await db.SaveChangesAsync(ct);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(expires);
        var shown = await sender.SendAsync(new ResetCodeMessage(account.UserName!, body, member, issuer, code, at), ct);
        return new(null, shown, at, account.UserName);
    }

    /// <summary>
    /// Every code issued for <paramref name="accountId"/>, newest first, so that its holder sees who
    /// issued one and whether it was used: a code the holder did not ask for is a takeover to notice.
    /// </summary>
    public async Task<IReadOnlyList<ResetCode>> IssuedForAsync(string accountId, CancellationToken ct) =>
        await db.ResetCodes.AsNoTracking().Where(c => c.AccountId == accountId).OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).ToListAsync(ct);

    /// <summary>Where a code stands now: used, still good, expired, or void after too many wrong tries.</summary>
    public string StandingOf(ResetCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.UsedAt is not null ? "used"
            : code.FailedAttempts >= MaxAttempts ? "void"
            : code.ExpiresAt <= Now ? "expired"
            : "good";
    }

    /// <summary>Sets a new password with a code; returns the refusals (empty when the password is set and the code spent).</summary>
    public async Task<IReadOnlyList<FieldError>> RedeemAsync(string userName, string code, string password, CancellationToken ct)
    {
        var wrong = new FieldError("Code", text["ResetCodeWrong"]);
        var account = await users.FindByNameAsync(userName.Trim());
        if (account is null)
            return [wrong];
        var now = Now;
        var live = await db.ResetCodes.Where(c => c.AccountId == account.Id && c.UsedAt == null && c.ExpiresAt > now && c.FailedAttempts < MaxAttempts).ToListAsync(ct);
        var typed = OneTimeSecret.NormaliseCode(code);
        var match = live.FirstOrDefault(c => hasher.VerifyHashedPassword(account, c.CodeHash, typed) != PasswordVerificationResult.Failed);
        if (match is null)
        {
            foreach (var c in live)
                c.FailedAttempts++;
            await db.SaveChangesAsync(ct);
            return [wrong];
        }
        // The password is checked before the code is spent, so a weak password costs the holder no code.
        var problems = new List<FieldError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, password);
            problems.AddRange(result.Errors.Select(e => new FieldError("Password", e.Code == nameof(IdentityErrorDescriber.PasswordTooShort) ? text["PasswordTooShort"] : e.Description)));
        }
        if (problems.Count > 0)
            return problems;
        var spent = await db.ResetCodes.Where(c => c.Id == match.Id && c.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct);
        if (spent != 1)
            return [wrong];
        var reset = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), password);
        if (!reset.Succeeded)
            return [.. reset.Errors.Select(e => new FieldError("Password", e.Description))];
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        return [];
    }
}
