using Councils.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Councils.Pages.Account;

/// <summary>The signed-in account's memberships: in which bodies it acts, and as which member.</summary>
public sealed class IndexModel(ActingMember acting) : PageModel
{
    public IReadOnlyList<AccountMembership> Memberships { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Memberships = await acting.AllAsync(ct);
}
