using Transformation.Platform.Files;
using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>From the uploaded bytes to validated staff: size, encoding, CSV shape, then the rules across rows.</summary>
public static class RosterReader
{
    public static RosterFile Read(ReadOnlySpan<byte> bytes, long maxBytes, int maxRows)
    {
        if (bytes.Length == 0)
        {
            return Failed([RosterErrors.EmptyFile()], "");
        }

        if (bytes.Length > maxBytes)
        {
            return Failed([RosterErrors.TooLarge(maxBytes)], "");
        }

        var (text, encoding) = ExportEncoding.Decode(bytes);
        if (text is null)
        {
            return Failed([FileErrors.Undecodable()], encoding);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed([RosterErrors.EmptyFile()], encoding);
        }

        var parsed = RosterCsv.Parse(text, maxRows);
        if (parsed.Records.Count == 0)
        {
            return Failed(parsed.Errors, encoding);
        }

        var validation = RosterValidator.Validate(parsed.Records);
        var errors = parsed.Errors.Concat(validation.Errors).OrderBy(e => e.Line ?? 0).ToList();
        return new RosterFile(errors.Count == 0 ? validation.Staff : [], errors, encoding);
    }

    private static RosterFile Failed(IReadOnlyList<FieldError> errors, string encoding) => new([], errors, encoding);
}
