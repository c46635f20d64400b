using Dashboard.Data.Store;

namespace Dashboard.Cli.Commands;

/// <summary>users add EMAIL | users list: editors, who may add, edit and remove documents. The password is read
/// from standard input (one line), so it never appears in the shell's history.</summary>
internal static class UsersCommand
{
    public static async Task<int> RunAsync(IEnumerable<string> args, Stream stdin, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(args, StoreArguments.Options, new HashSet<string>());
        var verb = parsed.Positional.FirstOrDefault();
        switch (verb)
        {
            case "add" when parsed.Positional.Count == 2:
            {
                var email = parsed.Positional[1];
                if (!Console.IsInputRedirected)
                {
                    Console.Error.Write($"Password for {email}: ");
                }

                var password = new StreamReader(stdin).ReadLine()?.TrimEnd('\r') ?? "";
                var options = await StoreArguments.OpenAsync(parsed);
                var errors = await EditorAccounts.AddAsync(options, email, password);
                if (errors.Count > 0)
                {
                    throw new CliException($"editor not added: {string.Join(" ", errors)}", 1);
                }

                stdout.Write($"editor {email} added\n");
                return 0;
            }

            case "list" when parsed.Positional.Count == 1:
                foreach (var name in await EditorAccounts.ListAsync(await StoreArguments.OpenAsync(parsed)))
                {
                    stdout.Write(name + "\n");
                }

                return 0;
            default:
                throw new CliException("usage: users add EMAIL (password on standard input) | users list");
        }
    }
}
