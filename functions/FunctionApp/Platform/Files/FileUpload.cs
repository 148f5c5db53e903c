using Microsoft.AspNetCore.Http;

namespace Transformation.Platform.Files;

/// <summary>
/// The file of an import request: the body itself (text/csv) or the "file" field of a form upload.
/// Reads at most one byte past the limit, so an oversized upload is refused without holding all of it.
/// </summary>
public static class FileUpload
{
    public const string FileField = "file";

    /// <summary>The bytes, or null when a form was sent without a file field.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile(FileField);
            if (file is null)
            {
                return null;
            }

            await using var stream = file.OpenReadStream();
            return await ReadLimitedAsync(stream, maxBytes, cancellationToken);
        }

        return await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
