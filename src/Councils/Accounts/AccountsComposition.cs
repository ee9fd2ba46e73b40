using System.Threading.RateLimiting;
using Councils.Node;
using Councils.Node.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Councils.Accounts;

/// <summary>Accounts: Identity on the node's database, the cookie, lockout, and the sign-in rate limit.</summary>
internal static class AccountsComposition
{
    /// <summary>The rate-limiting policy on the sign-in form's POST.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Sign-in attempts one client address may make per window.</summary>
    public const int SignInPermits = 10;

    public static readonly TimeSpan SignInWindow = TimeSpan.FromMinutes(1);

    /// <summary>The key of the node's <see cref="TimeProvider"/> among the services (the host's own clock is left alone).</summary>
    public const string NodeClock = "node";

    public static IServiceCollection AddCouncilsAccounts(this IServiceCollection services, StorageOptions storage)
    {
        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                var file = Path.Combine(Path.GetFullPath(storage.DataFolder), CouncilsDbFactory.SqliteFileName);
                var sqlite = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, ForeignKeys = true, Pooling = true };
                services.AddDbContextPool<AccountsDb, SqliteAccountsDb>(o => o.UseSqlite(sqlite.ToString(), s => s.MigrationsHistoryTable(AccountsDb.MigrationsTable)));
                break;
            case StorageProvider.Postgres:
                services.AddDbContextPool<AccountsDb, PostgresAccountsDb>(o => o.UseNpgsql(storage.ConnectionString, s => s.MigrationsHistoryTable(AccountsDb.MigrationsTable)));
                break;
            default:
                throw new ArgumentException($"Unknown storage provider {storage.Provider}.", nameof(storage));
        }
        services.AddHostedService<AccountsMigration>();
        // Cookies must survive a restart: the keys that protect them live with the node's data.
        services.AddDataProtection().SetApplicationName("councils")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(storage.DataFolder), "keys")));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/sign-in";
            o.Cookie.Name = "councils.account";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.HttpOnly = true;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
        });
        services.AddIdentityCore<Account>(o =>
            {
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                o.User.RequireUniqueEmail = false;
                // Long passphrases rather than character classes (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<AccountsDb>();
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<ActingMember>();
        // Invitations and reset codes expire by the node's own clock.
        services.AddKeyedSingleton(NodeClock, (sp, _) => sp.GetRequiredService<LocalNode>().Clock);
        services.AddScoped<Newcomers>();
        services.AddScoped<Invitations>();
        services.AddScoped<ResetCodes>();
        // The default shows the code to the issuing member; register another IResetCodeSender to send it otherwise.
        services.TryAddSingleton<IResetCodeSender, ShownToIssuer>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only the form's POST counts: reading the form is free.
            o.AddPolicy(SignInPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitsOf(context), Window = SignInWindow, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }

    /// <summary>
    /// The sign-in attempts an address has a minute: <see cref="SignInPermits"/>, unless the node's configuration says
    /// otherwise (<c>Accounts:SignInPermitsPerMinute</c>, e.g. for a node behind one proxy address, or a test run acting
    /// as many people from one address).
    /// </summary>
    private static int PermitsOf(HttpContext context) =>
        context.RequestServices.GetService<IConfiguration>()?.GetValue<int?>("Accounts:SignInPermitsPerMinute") is { } permits && permits > 0
            ? permits : SignInPermits;
}
