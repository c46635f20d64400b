using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Analysis.Documents;

namespace Dashboard.Data.Store;

/// <summary>
/// Loads the seed documents (seeds/*.txt with seeds/seeds.json) once: each seed has a fixed public id, so a second
/// start finds it stored and adds nothing.
/// </summary>
public static class SeedLoader
{
    public static async Task<int> LoadAsync(DocumentStore store, string seedsDirectory, CancellationToken cancellationToken = default)
    {
        var index = Path.Combine(seedsDirectory, "seeds.json");
        if (!File.Exists(index))
        {
            throw new FileNotFoundException($"Seed index not found: {index}.", index);
        }

        var file = JsonSerializer.Deserialize<SeedIndex>(await File.ReadAllBytesAsync(index, cancellationToken), DataFileJson.Options)
            ?? throw new InvalidDataException($"{index} is empty.");
        var added = 0;
        foreach (var seed in file.Documents)
        {
            var publicId = "seed-" + Path.GetFileNameWithoutExtension(seed.File);
            if (await store.FindAsync(publicId, includeRemoved: true, cancellationToken) is not null)
            {
                continue;
            }

            var result = await store.AddAsync(
                new NewDocument(await File.ReadAllTextAsync(Path.Combine(seedsDirectory, seed.File), cancellationToken))
                {
                    PublicId = publicId,
                    Title = seed.Title,
                    LocalityCode = seed.Locality.Code,
                    Date = new PolicyDate(seed.Date.Year, seed.Date.Month, seed.Date.Day, YearInferred: !seed.Date.YearStatedInText),
                    Kind = StoredDocumentMapping.ParseKind(seed.Kind),
                    Issuer = seed.Issuer,
                    SourceUrl = seed.SourceUrl,
                    OriginalFileName = seed.File,
                    SourceEncoding = "utf-8",
                },
                cancellationToken);
            if (!result.Added)
            {
                throw new InvalidDataException($"Seed {seed.File} was refused: {result.Refusal!.Message}");
            }

            added++;
        }

        return added;
    }

    private sealed record SeedIndex(List<SeedEntry> Documents);

    private sealed record SeedEntry(string File, string Title, SeedPlace Locality, string Issuer, string Kind, SeedDate Date, string? SourceUrl);

    private sealed record SeedPlace(string Code);

    private sealed record SeedDate(int? Year, int? Month, int? Day, bool YearStatedInText);
}
