namespace Dashboard.Normalisation.Tests;

/// <summary>The seed documents under seeds/ at the repository root (the directory holding Dashboard.sln).</summary>
internal static class Seeds
{
    public const string Dongguan = "000_7fb5d263923113ca.txt";
    public const string Suihua = "002_f6af64227d9b497f.txt";

    public static TheoryData<string> All => new(Dongguan, Suihua);

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public static string Directory => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>The directory holding Dashboard.sln, above the test output.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No Dashboard.sln above {AppContext.BaseDirectory}.");
        }
    }
}
