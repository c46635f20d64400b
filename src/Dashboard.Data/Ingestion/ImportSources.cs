namespace Dashboard.Data.Ingestion;

/// <summary>The files an import will read, and the paths it will not, with why.</summary>
/// <param name="Files">Paths to pass to <see cref="DocumentFileReader.ReadFile"/>, each once.</param>
/// <param name="Refusals">Missing paths, files of unsupported types and unreadable folders, for the import summary.</param>
public sealed record ImportSourceList(IReadOnlyList<string> Files, IReadOnlyList<ImportRefusal> Refusals);

/// <summary>Expands the paths an analyst chose (files and folders) into the files to import.</summary>
public static class ImportSources
{
    /// <summary>
    /// Files are taken as given; folders are walked recursively, their files sorted by path (ordinal), hidden
    /// files and folders (dot-names, the hidden attribute, Office "~$" lock files) skipped without a word. A file of
    /// an unsupported type, given or found, is refused with <see cref="ImportRefusalReason.Unsupported"/>; a path
    /// that does not exist, with <see cref="ImportRefusalReason.NotFound"/>.
    /// </summary>
    public static ImportSourceList Enumerate(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var refusals = new List<ImportRefusal>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Consider(string file)
        {
            if (!seen.Add(Path.GetFullPath(file)))
            {
                return;
            }

            var extension = SupportedFileTypes.ExtensionOf(file);
            if (SupportedFileTypes.TryGetFormat(extension, out _))
            {
                files.Add(file);
            }
            else
            {
                refusals.Add(Refusals.Unsupported(file, extension));
            }
        }

        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Consider(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(new DirectoryInfo(path), path, found, refusals, new HashSet<string>(StringComparer.Ordinal));
                found.Sort(StringComparer.Ordinal);
                found.ForEach(Consider);
            }
            else
            {
                refusals.Add(Refusals.NotFound(path));
            }
        }

        return new ImportSourceList(files, refusals);
    }

    // Paths are built from the folder as given, so they read the way the analyst typed them.
    private static void Walk(DirectoryInfo folder, string folderPath, List<string> found, List<ImportRefusal> refusals, HashSet<string> visited)
    {
        // A link back up the tree would loop for ever: visit each real folder once.
        var realPath = folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        if (realPath is null || !visited.Add(realPath))
        {
            return;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            refusals.Add(Refusals.ReadFailed(folderPath, ex.Message));
            return;
        }

        foreach (var entry in entries)
        {
            if (IsHidden(entry))
            {
                continue;
            }

            var entryPath = Path.Combine(folderPath, entry.Name);
            if (entry is DirectoryInfo subfolder)
            {
                Walk(subfolder, entryPath, found, refusals, visited);
            }
            else
            {
                found.Add(entryPath);
            }
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Name.StartsWith("~$", StringComparison.Ordinal)
            || entry.Attributes.HasFlag(FileAttributes.Hidden);
}
