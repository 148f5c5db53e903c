using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace Transformation.Platform.Storage;

/// <summary>
/// A value kept as Brotli-compressed UTF-8 JSON in binary table properties. JSON of figures repeats its property
/// names and digits on every row, so it shrinks to a fraction and a large round's write is that much smaller.
/// A binary property holds at most 64 KiB: longer output is kept in numbered properties (Report, Report1,
/// Report2…) and joined again on read, as <see cref="LongText"/> does for text.
/// </summary>
public static class CompressedJson
{
    public const int PieceLength = 64 * 1024;

    public static void Write<T>(TableEntity entity, string name, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, value, options);
        }

        Split(entity, name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Keeps JSON already serialized (UTF-8), compressed: for a caller that joins several values' JSON.</summary>
    public static void WriteUtf8(TableEntity entity, string name, ReadOnlySpan<byte> json)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(json);
        }

        Split(entity, name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static void Split(TableEntity entity, string name, ReadOnlySpan<byte> bytes)
    {
        var piece = 0;
        do
        {
            var length = Math.Min(PieceLength, bytes.Length);
            entity[LongText.PieceName(name, piece)] = bytes[..length].ToArray();
            bytes = bytes[length..];
            piece++;
        }
        while (!bytes.IsEmpty);
    }

    public static T? Read<T>(TableEntity entity, string name, JsonSerializerOptions options)
    {
        using var json = Open(entity, name);
        return JsonSerializer.Deserialize<T>(json, options);
    }

    /// <summary>The stored JSON as text, for whoever inspects the table rather than the app (an audit, a test).</summary>
    public static string ReadText(TableEntity entity, string name)
    {
        using var json = Open(entity, name);
        using var reader = new StreamReader(json, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static BrotliStream Open(TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var stored = new MemoryStream();
        for (var piece = 0; entity.TryGetValue(LongText.PieceName(name, piece), out var value) && Bytes(value) is { } bytes; piece++)
        {
            stored.Write(bytes);
        }

        stored.Position = 0;
        return new BrotliStream(stored, CompressionMode.Decompress);
    }

    private static byte[]? Bytes(object? value) => value switch
    {
        byte[] bytes => bytes,
        BinaryData data => data.ToArray(),
        _ => null,
    };
}
