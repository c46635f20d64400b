using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Account;

public partial class Login
{
    private const string FieldStyle = "padding: 0.5rem 0.75rem; border: 1px solid var(--mud-palette-lines-inputs); border-radius: 4px; font: inherit; background: var(--mud-palette-surface); color: var(--mud-palette-text-primary)";

    private string? _error;

    [SupplyParameterFromForm(FormName = "login")]
    private LoginInput Input { get; set; } = null!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new();

    private async Task SignInAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            _error = string.IsNullOrWhiteSpace(Input.Email) ? T["Login.Required.Email"] : T["Login.Required.Password"];
            return;
        }

        // Lockout on: five wrong passwords in a row lock the account for a few minutes (EditorAccounts.Configure).
        var result = await SignIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Only a path on this site: a returnUrl pointing elsewhere goes home.
            Navigation.NavigateTo(DashboardEndpoints.LocalPath(ReturnUrl), forceLoad: true);
            return;
        }

        Input.Password = "";
        _error = result.IsLockedOut ? T["Login.LockedOut"]
            : result.IsNotAllowed ? T["Login.NotAllowed"]
            : T["Login.Failed"];
    }

    /// <summary>What the sign-in form posts.</summary>
    internal sealed class LoginInput
    {
        public string Email { get; set; } = "";

        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
