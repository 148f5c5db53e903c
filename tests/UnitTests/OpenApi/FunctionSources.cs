using System.Text.RegularExpressions;
using Transformation.Tests.Support;

namespace Transformation.Tests.OpenApi;

/// <summary>
/// What the function code reads, found in its sources: for each function, the text of its method and of the methods it
/// calls in the same class (helpers) or by class name in another (static helpers such as OrganisationProblems.SnapshotOf).
/// It relies on the layout the code style keeps: members four spaces in, separated by a blank line.
/// </summary>
public static partial class FunctionSources
{
    private static readonly Lazy<IReadOnlyList<Member>> All = new(Load);

    /// <summary>The text a function runs (its method and the helpers it reaches), by function name.</summary>
    public static IReadOnlyDictionary<string, string> Functions { get; } = BuildFunctions(sameClassOnly: false);

    /// <summary>The same, following only helpers of the function's own class.</summary>
    public static IReadOnlyDictionary<string, string> FunctionsOwnClass { get; } = BuildFunctions(sameClassOnly: true);

    /// <summary>
    /// The query values a text reads (<c>Query["x"]</c>, <c>Query.TryGetValue("x"</c>, <c>Query.ContainsKey("x"</c>, or a string
    /// constant in place of "x"), and the reads whose name it cannot tell.
    /// </summary>
    public static (HashSet<string> Names, List<string> Unknown) QueryReads(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (Match m in QueryRead().Matches(text))
        {
            if (m.Groups["literal"].Success)
            {
                names.Add(m.Groups["literal"].Value);
            }
            else if (Constants.Value.TryGetValue(m.Groups["constant"].Value, out var value))
            {
                names.Add(value);
            }
            else
            {
                unknown.Add(m.Value);
            }
        }

        return (names, unknown);
    }

    private static readonly Lazy<Dictionary<string, string>> Constants = new(() => All.Value
        .SelectMany(m => ConstantDeclaration().Matches(m.Body))
        .GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
        .Where(g => g.Select(m => m.Groups[2].Value).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Groups[2].Value, StringComparer.Ordinal));

    private static Dictionary<string, string> BuildFunctions(bool sameClassOnly)
    {
        var members = All.Value;
        var byClass = members.Where(m => m.Name is not null).ToLookup(m => (m.Class, m.Name!));
        var functions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var function in members.Where(m => m.Function is not null))
        {
            var reached = new HashSet<Member> { function };
            var queue = new Queue<Member>([function]);
            while (queue.TryDequeue(out var member))
            {
                var calls = Call().Matches(member.Body).Select(c => (member.Class, c.Groups["name"].Value));
                if (!sameClassOnly)
                {
                    calls = calls.Concat(StaticCall().Matches(member.Body).Select(c => (c.Groups["class"].Value, c.Groups["name"].Value)));
                }

                foreach (var callee in calls.SelectMany(c => byClass[c]).Where(reached.Add))
                {
                    queue.Enqueue(callee);
                }
            }

            functions[function.Function!] = string.Join("\n", reached.Select(m => m.Body));
        }

        return functions;
    }

    private static List<Member> Load()
    {
        var root = Path.Combine(RepositoryPaths.Root, "functions", "FunctionApp");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return [.. files.SelectMany(f => Members(Path.GetFileNameWithoutExtension(f), File.ReadAllLines(f)))];
    }

    /// <summary>The file's members: from a line four spaces in after a blank line (or the class's brace) to the next.</summary>
    private static IEnumerable<Member> Members(string className, string[] lines)
    {
        var start = -1;
        for (var i = 0; i <= lines.Length; i++)
        {
            var afterBreak = i > 0 && (lines[i - 1].Trim().Length == 0 || lines[i - 1] == "{");
            var boundary = i == lines.Length || (MemberStart().IsMatch(lines[i]) && afterBreak);
            if (!boundary)
            {
                continue;
            }

            if (start >= 0)
            {
                yield return Member.Of(className, lines[start..i]);
            }

            start = i;
        }
    }

    private sealed record Member(string Class, string? Name, string? Function, string Body)
    {
        public static Member Of(string className, string[] lines)
        {
            var text = string.Join("\n", lines);
            var declaration = lines.Select(l => Declaration().Match(l)).FirstOrDefault(m => m.Success);
            var function = FunctionAttribute().Match(text);
            var body = string.Join("\n", lines.SkipWhile(l => l.StartsWith("    [", StringComparison.Ordinal)
                || l.StartsWith("    ///", StringComparison.Ordinal) || l.StartsWith("        + \"", StringComparison.Ordinal)));
            return new Member(className, declaration?.Groups["name"].Value, function.Success ? function.Groups[1].Value : null, body);
        }
    }

    [GeneratedRegex("""\.Query(?:\[|\.TryGetValue\(|\.ContainsKey\()\s*(?:"(?<literal>[^"]+)"|(?:\w+\.)*(?<constant>\w+))""")]
    private static partial Regex QueryRead();

    [GeneratedRegex("""\bconst string (\w+) = "([^"]*)";""")]
    private static partial Regex ConstantDeclaration();

    [GeneratedRegex(@"^    \S")]
    private static partial Regex MemberStart();

    [GeneratedRegex(@"^    (?:public|private|internal|protected)\b[^=(]*?\b(?<name>\w+)(?:<[^>]*>)?\(")]
    private static partial Regex Declaration();

    [GeneratedRegex("""^    \[Function\("(\w+)"\)\]""", RegexOptions.Multiline)]
    private static partial Regex FunctionAttribute();

    [GeneratedRegex(@"(?<![\w.])(?<!\bnew\s+)(?<name>[A-Za-z_]\w*)\s*(?:<[^<>()]*>)?\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"\b(?<class>[A-Z]\w*)\.(?<name>[A-Za-z_]\w*)\s*(?:<[^<>()]*>)?\(")]
    private static partial Regex StaticCall();
}
