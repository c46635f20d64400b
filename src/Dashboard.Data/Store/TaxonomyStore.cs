using Dashboard.Analysis.Themes;

namespace Dashboard.Data.Store;

/// <summary>
/// Where an edited taxonomy is kept: themes.json in the data directory, which overrides the built-in taxonomy at
/// start. Saving checks the draft first and writes the file whole (a temporary file moved over the old one), so a
/// crash never leaves half a taxonomy. The same folder serves SQLite and PostgreSQL set-ups.
/// </summary>
public sealed class TaxonomyStore(string dataDirectory)
{
    public const string FileName = "themes.json";

    public string FilePath => Path.Combine(dataDirectory, FileName);

    public bool HasOverride => File.Exists(FilePath);

    public static TaxonomyStore For(StoreOptions options) => new(options.DataDirectory);

    /// <summary>The edited taxonomy when there is one, else the built-in default.</summary>
    public ThemeTaxonomy Load() => HasOverride ? ThemeTaxonomy.Load(FilePath) : ThemeTaxonomy.LoadDefault();

    /// <summary>Checks and writes the draft; returns the taxonomy as saved. Throws <see cref="TaxonomyValidationException"/> when invalid.</summary>
    public ThemeTaxonomy Save(TaxonomyDraft draft)
    {
        var problems = TaxonomyValidation.Check(draft);
        if (problems.Count > 0)
        {
            throw new TaxonomyValidationException(problems);
        }

        var json = draft.ToJson();
        var taxonomy = ThemeTaxonomy.Parse(json, FilePath);
        Write(json);
        return taxonomy;
    }

    /// <summary>The override's bytes (null when the built-in taxonomy is in force), to put back if applying an edit fails.</summary>
    public byte[]? ReadOverride() => HasOverride ? File.ReadAllBytes(FilePath) : null;

    /// <summary>Puts back what <see cref="ReadOverride"/> returned: the previous file, or no file at all.</summary>
    public void Restore(byte[]? previous)
    {
        if (previous is null)
        {
            File.Delete(FilePath);
        }
        else
        {
            Write(previous);
        }
    }

    private void Write(byte[] json)
    {
        Directory.CreateDirectory(dataDirectory);
        var temporary = FilePath + ".tmp";
        File.WriteAllBytes(temporary, json);
        File.Move(temporary, FilePath, overwrite: true);
    }
}
