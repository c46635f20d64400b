using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Store;

/// <summary>Editors: the accounts that may change the corpus. ASP.NET Core Identity, stored beside the documents.</summary>
public static class EditorAccounts
{
    /// <summary>Identity's user services over the store, for the command line (the web app registers its own).</summary>
    public static ServiceProvider Services(StoreOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddScoped(_ => DashboardDbContextFactory.Create(options));
        services.AddIdentityCore<IdentityUser>(Configure).AddEntityFrameworkStores<DashboardDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The account rules, the same for the web app and the command line: passwords of at least 12 characters, without
    /// composition rules (length is what makes a password strong), and one account per e-mail address.
    /// </summary>
    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
    }

    /// <summary>Creates an editor. Identity hashes the password; its own checks (length, uniqueness) give the errors.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(StoreOptions options, string email, string password)
    {
        await using var provider = Services(options);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var result = await users.CreateAsync(new IdentityUser { UserName = email, Email = email, EmailConfirmed = true }, password);
        return [.. result.Errors.Select(e => e.Description)];
    }

    public static async Task<IReadOnlyList<string>> ListAsync(StoreOptions options)
    {
        await using var provider = Services(options);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return [.. users.Users.Select(u => u.UserName ?? "").OrderBy(n => n)];
    }
}
