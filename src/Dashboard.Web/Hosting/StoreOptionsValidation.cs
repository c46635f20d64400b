using Dashboard.Data.Store;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>Fails at start, in words, when the store settings cannot work.</summary>
public sealed class StoreOptionsValidation : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        if (options.Provider is not (StoreOptions.Sqlite or StoreOptions.Postgres))
        {
            return ValidateOptionsResult.Fail($"Dashboard:Store:Provider is '{options.Provider}'; use '{StoreOptions.Sqlite}' (the default) or '{StoreOptions.Postgres}'.");
        }

        if (options.Provider == StoreOptions.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Dashboard:Store:ConnectionString is required when Dashboard:Store:Provider is 'postgres', for example \"Host=127.0.0.1;Database=dashboard;Username=dashboard;Password=...\".");
        }

        return string.IsNullOrWhiteSpace(options.DataDirectory) && options.Provider == StoreOptions.Sqlite && options.ConnectionString is null
            ? ValidateOptionsResult.Fail("Dashboard:Store:DataDirectory is empty; name the folder for the SQLite database.")
            : ValidateOptionsResult.Success;
    }
}
