using System.Text;
using Dashboard.Cli;
using Dashboard.Cli.Commands;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
try
{
    return CommandLine.Run(args, Console.OpenStandardInput(), stdout);
}
catch (CliException ex)
{
    stdout.Flush();
    Console.Error.WriteLine($"dashboard: {ex.Message}");
    return ex.ExitCode;
}
catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
{
    stdout.Flush();
    Console.Error.WriteLine($"dashboard: {ex.Message}");
    return 1;
}
finally
{
    stdout.Flush();
}
