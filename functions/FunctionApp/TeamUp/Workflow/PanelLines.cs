using System.Text;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// The panel form's text read as staff ids, each with the line it is on (so an error can name the line). One id a
/// line; spaces and commas also separate ids, blank lines are skipped. Full-width digits and letters, as a Japanese
/// keyboard often types them, count as their ASCII forms (NFKC).
/// </summary>
public static class PanelLines
{
    private static readonly char[] Separators = [' ', '\t', '\r', ',', '、'];

    public static IReadOnlyList<PanelLine> Parse(string? text)
    {
        var lines = (text ?? "").Normalize(NormalizationForm.FormKC).Split('\n');
        var ids = new List<PanelLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            ids.AddRange(lines[i].Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => new PanelLine(i + 1, id)));
        }

        return ids;
    }
}

/// <summary>A staff id written on the panel form, and its line (1 = the first).</summary>
public sealed record PanelLine(int Line, string StaffId);
