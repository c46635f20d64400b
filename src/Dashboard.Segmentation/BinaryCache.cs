using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Segmentation;

/// <summary>
/// Keeps what was built from a lexicon file (the dictionary trie, the HMM tables) in a binary file, as jieba caches
/// its prefix dictionary: the first load parses the text, later loads read the arrays back. The cache file is named
/// by the source's full path, length and modification time, so an edited file is parsed again. A cache that cannot
/// be written (read-only disk) or read (corrupt, older format) is simply rebuilt.
/// </summary>
internal static class BinaryCache
{
    private const string FormatVersion = "2";

    public static string DefaultDirectory => Path.Combine(Path.GetTempPath(), "dashboard-lexicon-cache");

    public static T Load<T>(string sourcePath, string? cacheDirectory, string kind, Func<T> build, Action<BinaryWriter, T> write, Func<BinaryReader, T> read)
    {
        if (cacheDirectory is null || !File.Exists(sourcePath))
        {
            return build();
        }

        var source = new FileInfo(sourcePath);
        var identity = $"{kind}|{FormatVersion}|{source.FullName}|{source.Length}|{source.LastWriteTimeUtc.Ticks}";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
        var cachePath = Path.Combine(cacheDirectory, $"{kind}-{key}.bin");
        var cached = TryRead(cachePath, identity, read);
        if (cached is not null)
        {
            return cached;
        }

        var built = build();
        TryWrite(cachePath, identity, built, write);
        return built;
    }

    private static T? TryRead<T>(string path, string identity, Func<BinaryReader, T> read)
    {
        try
        {
            if (!File.Exists(path))
            {
                return default;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            return reader.ReadString() == identity ? read(reader) : default;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or EndOfStreamException)
        {
            return default;
        }
    }

    private static void TryWrite<T>(string path, string identity, T value, Action<BinaryWriter, T> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(identity);
                write(writer, value);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }

    public static T[] ReadArray<T>(BinaryReader reader, int count)
        where T : unmanaged
    {
        var array = new T[count];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    public static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged =>
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
}
