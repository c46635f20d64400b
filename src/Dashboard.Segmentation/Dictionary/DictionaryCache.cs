using System.Security.Cryptography;

namespace Dashboard.Segmentation.Dictionary;

/// <summary>
/// Caches the built trie of a dictionary file in a binary file named by the SHA-256 of the dictionary's bytes,
/// as jieba caches its prefix dictionary: the first load parses the text, later loads read the arrays back.
/// A cache that cannot be written (read-only disk) or read (corrupt, other format) is simply rebuilt.
/// </summary>
internal static class DictionaryCache
{
    private const string Magic = "dashboard-jieba-trie-v1";

    public static string DefaultDirectory => Path.Combine(Path.GetTempPath(), "dashboard-lexicon-cache");

    public static PrefixDictionary Load(string dictionaryPath, string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return DictionaryFile.Load(dictionaryPath);
        }

        var bytes = DictionaryFile.ReadBytes(dictionaryPath);
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
        var cachePath = Path.Combine(cacheDirectory, $"jieba-{key}.bin");
        var cached = TryRead(cachePath);
        if (cached is not null)
        {
            return cached;
        }

        var dictionary = DictionaryFile.Parse(DictionaryFile.Decode(bytes, dictionaryPath), dictionaryPath);
        TryWrite(cachePath, dictionary);
        return dictionary;
    }

    private static PrefixDictionary? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream);
            return reader.ReadString() == Magic ? PrefixDictionary.Read(reader) : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null;
        }
    }

    private static void TryWrite(string path, PrefixDictionary dictionary)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Magic);
                dictionary.Write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }
}
