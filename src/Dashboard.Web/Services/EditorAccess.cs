using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Services;

/// <summary>
/// The server-side check before every write: components call <see cref="DemandAsync"/> at the top of each handler
/// that changes data, so a write reached through the circuit (a forged event, a stale page) is refused even when the
/// button is hidden.
/// </summary>
public sealed class EditorAccess(AuthenticationStateProvider authentication)
{
    public const string Policy = "Editor";

    public async Task<bool> IsEditorAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.Identity?.IsAuthenticated == true;
    }

    /// <summary>Throws <see cref="UnauthorizedAccessException"/> unless the circuit's user is a signed-in editor.</summary>
    public async Task DemandAsync()
    {
        if (!await IsEditorAsync())
        {
            throw new UnauthorizedAccessException("Only signed-in editors can change documents or the taxonomy.");
        }
    }
}
