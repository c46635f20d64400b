using Dashboard.Cli.Commands;

namespace Dashboard.Cli;

/// <summary>Dispatches the first argument to a command.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: dashboard COMMAND [options] [FILE]
          normalize                         clean simplified Chinese from scraped text (stdin or FILE)
          segment [--no-hmm] [--mode precise|all|search] [--dict PATH] [--user-dict PATH]
                                            one output line per input line, tokens separated by " / "
          keywords --tfidf K | --textrank K [--dict PATH] [--user-dict PATH] [--idf PATH] [--stop-words PATH]
                                            the top K keywords, word<TAB>weight
          analyze FILE... [--json] [--taxonomy PATH] [--instruments PATH] [--industries PATH]
                  [--prior-strength X] [--min-count N]
                                            locality, date, themes, instruments, priorities and keywords of each
                                            document, then the comparison across localities
          import PATH... [--locality CODE | --no-locality] [--kind KIND] [--max-mb N]
                                            files (.txt .html .htm .docx .pdf) and folders into the store
          users add EMAIL | users list       editors (password on standard input)
          corpus export FILE | corpus import FILE
                                            the whole corpus as JSON Lines (backup; SQLite <-> PostgreSQL)
          corpus seed [DIR]                 load the seed documents once (./seeds)
          corpus reanalyse [--taxonomy PATH] [--instruments PATH]
                                            recompute every analysis; the old ones serve until all are done
          evaluate [--gold tests/corpus/index.tsv] [--json] [--check tests/corpus/thresholds.json] [--industries PATH]
                   [--write-quality src/Dashboard.Analysis/Data/measured-quality.json]
                                            the analysis scored on the gold corpus: locality, date, industries
                                            and titles per part, then each document it got wrong and why
          report --localities NAME,NAME [--lang en|zh] [--format pdf|xlsx|csv] --out FILE
                                            the web app's report (Chinese, pinyin or English names, or codes)
        store options (import, users, corpus, report): --store sqlite|postgres --connection STRING --data DIR
                                       (or DASHBOARD_STORE, DASHBOARD_CONNECTION, DASHBOARD_DATA; default ./data)
        """;

    public static int Run(string[] args, Stream stdin, TextWriter stdout)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args.Skip(1);
        return args[0] switch
        {
            "normalize" or "normalise" => NormalizeCommand.Run(rest, stdin, stdout),
            "segment" => SegmentCommand.Run(rest, stdin, stdout),
            "keywords" => KeywordsCommand.Run(rest, stdin, stdout),
            "analyze" or "analyse" => AnalyzeCommand.Run(rest, stdout),
            "users" => UsersCommand.RunAsync(rest, stdin, stdout).GetAwaiter().GetResult(),
            "import" => ImportCommand.RunAsync(rest, stdout).GetAwaiter().GetResult(),
            "corpus" => CorpusCommand.RunAsync(rest, stdout).GetAwaiter().GetResult(),
            "evaluate" => EvaluateCommand.Run(rest, stdout),
            "report" => ReportCommand.RunAsync(rest, stdout).GetAwaiter().GetResult(),
            _ => throw new CliException($"unknown command '{args[0]}'; run 'dashboard --help' for the list"),
        };
    }
}
