using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Dashboard.Web.Reports;
using Microsoft.AspNetCore.Localization;

namespace Dashboard.Web.Hosting;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The language switch: remembers the choice in a cookie and goes back to the page (a full load, because a
        // Blazor Server circuit keeps the culture it started with).
        endpoints.MapGet("/culture", (string? c, string? redirect, HttpContext http) =>
        {
            var culture = Cultures.Supported.FirstOrDefault(s => string.Equals(s, c, StringComparison.OrdinalIgnoreCase)) ?? Cultures.English;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/" });
            return Results.LocalRedirect(LocalPath(redirect));
        });

        // No form fields are bound here, so the antiforgery middleware's verdict is not enforced for us: check the token.
        endpoints.MapPost("/account/logout", async (SignInManager<IdentityUser> signIn, IAntiforgery antiforgery, HttpContext http, string? redirect) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                // A body, so the status-code pages leave the 400 alone.
                return Results.Text("The sign-out form has expired: reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(LocalPath(redirect));
        });
        endpoints.MapReportEndpoints();
        return endpoints;
    }

    /// <summary>Only paths on this site: anything else (an absolute URL, "//host") goes home.</summary>
    public static string LocalPath(string? path) =>
        string.IsNullOrEmpty(path) || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal) ? "/" : path;
}
