using Microsoft.EntityFrameworkCore;

namespace Councils.Accounts;

/// <summary>Invitation links: a member of a body makes one; a newcomer joins by it once, before it expires.</summary>
public sealed class Invitations(AccountsDb db, Newcomers newcomers, [FromKeyedServices(AccountsComposition.NodeClock)] TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Where an invitation stands when its link is opened.</summary>
    public enum Standing
    {
        Unknown,
        Used,
        Expired,
        Usable,
    }

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Makes an invitation to <paramref name="body"/> by <paramref name="inviter"/>; returns the token (shown once, never stored) and its expiry.</summary>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> CreateAsync(string body, string inviter, CancellationToken ct)
    {
        var token = OneTimeSecret.Token();
        var now = Now;
        var expires = now + (long)Lifetime.TotalMilliseconds;
        db.Invitations.Add(new Invitation { TokenHash = OneTimeSecret.Hash(token), BodyId = body, Inviter = inviter, CreatedAt = now, ExpiresAt = expires });
        await db.SaveChangesAsync(ct);
        return (token, DateTimeOffset.FromUnixTimeMilliseconds(expires));
    }

    public async Task<(Standing Standing, Invitation? Invitation)> FindAsync(string token, CancellationToken ct)
    {
        var hash = OneTimeSecret.Hash(token);
        var found = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return found switch
        {
            null => (Standing.Unknown, null),
            { UsedAt: not null } => (Standing.Used, found),
            _ when found.ExpiresAt <= Now => (Standing.Expired, found),
            _ => (Standing.Usable, found),
        };
    }

    /// <summary>Joins by the invitation with a new account (see <see cref="ClaimThenAsync"/>).</summary>
    public Task<IReadOnlyList<FieldError>?> AcceptAsync(Invitation invitation, string name, string userName, string password, CancellationToken ct) =>
        ClaimThenAsync(invitation, () => newcomers.JoinAsync(invitation.BodyId, invitation.Inviter, name, userName, password, ct), ct);

    /// <summary>Joins by the invitation with the account already signed in: one account, acting in one more body.</summary>
    public Task<IReadOnlyList<FieldError>?> AcceptAsync(Invitation invitation, Account account, string name, CancellationToken ct) =>
        ClaimThenAsync(invitation, () => newcomers.AdmitAsync(invitation.BodyId, invitation.Inviter, account, name, ct), ct);

    /// <summary>
    /// The invitation is claimed first (so two tabs cannot both use it), then the newcomer joins; if
    /// joining is refused the invitation is released again. Null when it was no longer there to claim.
    /// </summary>
    private async Task<IReadOnlyList<FieldError>?> ClaimThenAsync(Invitation invitation, Func<Task<IReadOnlyList<FieldError>>> join, CancellationToken ct)
    {
        var now = Now;
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.UsedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        if (claimed != 1)
            return null;
        IReadOnlyList<FieldError> refusals;
        try
        {
            refusals = await join();
        }
        catch
        {
            await ReleaseAsync(invitation, CancellationToken.None);
            throw;
        }
        if (refusals.Count > 0)
            await ReleaseAsync(invitation, ct);
        return refusals;
    }

    private async Task ReleaseAsync(Invitation invitation, CancellationToken ct) =>
        await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, (long?)null), ct);
}
