using Microsoft.AspNetCore.Identity;

namespace Councils.Accounts;

/// <summary>A person's account on this node: signs in, and acts as the members it is linked to (<see cref="AccountMembership"/>).</summary>
public sealed class Account : IdentityUser
{
    public Account()
    {
    }

    public Account(string userName)
        : base(userName)
    {
    }
}
