using System.Text;

namespace Transformation.Platform.Files;

/// <summary>
/// Files exported by other systems (the personnel system, the attendance system, spreadsheets) come as UTF-8 (with or
/// without a byte order mark) or as Shift_JIS, never labelled.
/// A BOM decides; otherwise bytes that are valid UTF-8 are UTF-8 (Shift_JIS Japanese text almost never is);
/// otherwise the file is read as Shift_JIS (code page 932, the Windows form that exports actually use).
/// </summary>
public static class ExportEncoding
{
    public const string Utf8Bom = "utf-8-bom";
    public const string Utf8 = "utf-8";
    public const string ShiftJis = "shift_jis";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictShiftJis = CreateShiftJis();

    /// <summary>The text of the file and which encoding it was in; null text when it is neither.</summary>
    public static (string? Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            return (Encoding.UTF8.GetString(bytes[bom.Length..]), Utf8Bom);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), Utf8);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: try Shift_JIS below.
        }

        try
        {
            return (StrictShiftJis.GetString(bytes), ShiftJis);
        }
        catch (DecoderFallbackException)
        {
            // Storing names as replacement characters would be worse than refusing the file.
            return (null, ShiftJis);
        }
    }

    private static Encoding CreateShiftJis()
    {
        // .NET knows only the Unicode encodings until the code pages are registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
