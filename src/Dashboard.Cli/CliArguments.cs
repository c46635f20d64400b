namespace Dashboard.Cli;

/// <summary>A command's arguments: flags (--name), options with a value (--name value), and positional values.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    private CliArguments()
    {
    }

    public IReadOnlyList<string> Positional => _positional;

    /// <param name="valueOptions">Options that take a value; any other --name is a flag.</param>
    public static CliArguments Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var result = new CliArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                result._positional.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[..eq] : arg;
            if (valueOptions.Contains(name))
            {
                string value;
                if (eq > 0)
                {
                    value = arg[(eq + 1)..];
                }
                else if (e.MoveNext())
                {
                    value = e.Current;
                }
                else
                {
                    throw new CliException($"option {name} needs a value");
                }

                result._options[name] = value;
            }
            else if (flags.Contains(name) && eq < 0)
            {
                result._options[name] = null;
            }
            else
            {
                throw new CliException($"unknown option {name}");
            }
        }

        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public int? IntValue(string name)
    {
        var value = Value(name);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new CliException($"{name} needs a positive whole number, not '{value}'");
    }
}

/// <summary>An error the user can fix; printed as one line, exit code 2 for usage and 1 for input errors.</summary>
internal sealed class CliException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
