using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Data.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests;

/// <summary>The real app over HTTP (in memory, on an empty SQLite store): sign-in, antiforgery and the editor-only page.</summary>
public sealed partial class AuthorizationHttpTests(AuthorizationHttpTests.App app) : IClassFixture<AuthorizationHttpTests.App>
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task Anonymous_GET_add_redirects_to_the_login_page()
    {
        using var client = app.Client();

        var response = await client.GetAsync(new Uri("/add", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=%2Fadd", response.Headers.Location.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Logout_without_an_antiforgery_token_is_rejected()
    {
        using var client = app.Client();

        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_form_without_an_antiforgery_token_is_rejected()
    {
        var email = await app.AddEditorAsync();
        using var client = app.Client();

        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), LoginForm(email, Password, token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Cookies(response), c => c.StartsWith("dashboard.editor=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_with_a_wrong_password_fails_with_a_message_and_sets_no_cookie()
    {
        var email = await app.AddEditorAsync();
        using var client = app.Client();

        var response = await PostLoginAsync(client, email, "not the password at all", returnUrl: "/add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail address or the password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Cookies(response), c => c.StartsWith("dashboard.editor=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/add", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Login_with_the_right_password_sets_the_cookie_and_opens_the_Add_page()
    {
        var email = await app.AddEditorAsync();
        using var client = app.Client();

        var response = await PostLoginAsync(client, email, Password, returnUrl: "/add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/add", Target(response));
        Assert.Contains(Cookies(response), c => c.StartsWith("dashboard.editor=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var add = await client.GetAsync(new Uri("/add", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Contains("Add documents", await add.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_goes_home_instead_of_to_another_site()
    {
        var email = await app.AddEditorAsync();
        using var client = app.Client();

        var response = await PostLoginAsync(client, email, Password, returnUrl: "https://elsewhere.example/steal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Target(response));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_so()
    {
        var email = await app.AddEditorAsync();
        using var client = app.Client();
        for (var i = 0; i < 5; i++)
        {
            await PostLoginAsync(client, email, "wrong password " + i, returnUrl: "/");
        }

        var response = await PostLoginAsync(client, email, Password, returnUrl: "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account is locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Cookies(response), c => c.StartsWith("dashboard.editor=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logout_with_the_form_token_signs_the_editor_out()
    {
        var email = await app.AddEditorAsync();
        using var client = app.Client();
        await PostLoginAsync(client, email, Password, returnUrl: "/add");
        var page = await client.GetStringAsync(new Uri("/add", UriKind.Relative));

        var response = await client.PostAsync(new Uri("/account/logout?redirect=/", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", Token(page))]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/add", UriKind.Relative))).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string returnUrl)
    {
        var path = "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var form = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return await client.PostAsync(new Uri(path, UriKind.Relative), LoginForm(email, password, Token(form)));
    }

    private static FormUrlEncodedContent LoginForm(string email, string password, string? token)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "login"),
            new("Input.Email", email),
            new("Input.Password", password),
        };
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        return new FormUrlEncodedContent(fields);
    }

    private static string Token(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("No antiforgery token in the page.");

    /// <summary>Where a redirect goes, as a path on this site (the server may write it absolute).</summary>
    private static string Target(HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>One app per test class, on its own empty store; each test adds its own editor.</summary>
    public sealed class App : WebApplicationFactory<Program>
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("dashboard-http-test").FullName;
        private int _editors;

        public StoreOptions Store => new() { Provider = StoreOptions.Sqlite, DataDirectory = _directory };

        public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        /// <summary>A new editor, as `users add` creates one.</summary>
        public async Task<string> AddEditorAsync()
        {
            _ = Services; // starts the app, which creates the schema
            var email = $"editor{Interlocked.Increment(ref _editors)}@example.org";
            var errors = await EditorAccounts.AddAsync(Store, email, Password);
            Assert.Empty(errors);
            return email;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Dashboard:Store:Provider", StoreOptions.Sqlite);
            builder.UseSetting("Dashboard:Store:DataDirectory", _directory);
            builder.UseSetting("Dashboard:LoadSeeds", "false");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow runner: the temp folder is cleaned by the system.
            }
        }
    }
}
