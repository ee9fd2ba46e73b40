using Councils.Node;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Councils.Accounts;

/// <summary>
/// For the demo only: an account per person the node holds a key for, named by the member's handle,
/// with <see cref="Password"/>, linked to each of that person's memberships. Never made otherwise.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "councils-demo";

    /// <summary>Makes the accounts that are missing; returns how many accounts the demo people have.</summary>
    public static async Task<int> CreateAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var node = scope.ServiceProvider.GetRequiredService<INode>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        await db.Database.MigrateAsync(ct);
        var handles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var summary in await node.ListBodiesAsync(ct))
        {
            var body = await node.GetBodyAsync(summary.Id, ct);
            foreach (var member in body.Members.Where(m => m.Handle is not null))
            {
                var handle = member.Handle!;
                handles.Add(handle);
                var account = await users.FindByNameAsync(handle);
                if (account is null)
                {
                    account = new Account(handle);
                    var created = await users.CreateAsync(account, Password);
                    if (!created.Succeeded)
                        throw new InvalidOperationException($"Could not make the demo account {handle}: {string.Join(' ', created.Errors.Select(e => e.Description))}");
                }
                if (!await db.Memberships.AnyAsync(m => m.AccountId == account.Id && m.BodyId == body.Id, ct))
                {
                    db.Memberships.Add(new AccountMembership { AccountId = account.Id, BodyId = body.Id, Member = handle });
                    await db.SaveChangesAsync(ct);
                }
            }
        }
        return handles.Count;
    }
}
