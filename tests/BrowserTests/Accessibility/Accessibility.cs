using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Transformation.Tests.Accessibility;

/// <summary>
/// axe-core, run in the page as it is now. Only what blocks people is a failure: violations of impact serious or
/// critical (no label, too little contrast, no language, duplicate ids, ...); moderate and minor ones are left to review.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal)).ToList();
        Assert.True(blocking.Count == 0, Describe(page.Url, blocking));
    }

    /// <summary>One paragraph per rule: its id, impact and help, then each element it found, by selector, with axe's reason.</summary>
    private static string Describe(string url, List<AxeResultItem> violations)
    {
        var text = new StringBuilder().Append(violations.Count).Append(" serious or critical accessibility violation(s) on ").AppendLine(url);
        foreach (var violation in violations)
        {
            text.AppendLine().Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").AppendLine(violation.Help);
            text.Append("  ").AppendLine(violation.HelpUrl);
            foreach (var node in violation.Nodes)
            {
                var reasons = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m));
                text.Append("  at ").Append(node.Target).Append(": ").AppendLine(string.Join(" / ", reasons));
            }
        }

        return text.ToString();
    }
}
