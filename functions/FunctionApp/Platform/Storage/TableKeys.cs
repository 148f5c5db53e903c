using System.Text;

namespace Transformation.Platform.Storage;

/// <summary>Table keys may not contain / \ # ? or control characters; user-supplied ids are encoded before use.</summary>
public static class TableKeys
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.All(c => c is not ('/' or '\\' or '#' or '?') && !char.IsControl(c));
        return safe ? value : "~" + Convert.ToHexString(Encoding.UTF8.GetBytes(value));
    }

    /// <summary>A filter literal with quotes escaped, for the rare hand-written OData filter.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
