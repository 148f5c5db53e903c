using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// One subject's report as stored: only figures the rules allow to be shown, so storing, mailing or rendering it can
/// never leak a group, item or category below the threshold. The norm is not stored here (it is built after every
/// report); <see cref="WithNorm"/> adds it for the page.
/// </summary>
/// <param name="Groups">The groups other than self that the report shows, with their respondents, in a fixed order.</param>
/// <param name="Categories">One row per category of the questionnaire, in its order.</param>
/// <param name="Items">One row per item of the questionnaire, in its order.</param>
/// <param name="BlindSpots">Item ids where self is higher than all others by at least the threshold, largest gap first.</param>
/// <param name="HiddenStrengths">Item ids where all others are higher than self by at least the threshold, largest gap first.</param>
/// <param name="LastYearRoundId">The round last year's figures come from; null when the subject had no report then.</param>
public sealed record ThreeSixtyReport(
    string RoundId,
    string SubjectId,
    string QuestionnaireVersion,
    string? BandId,
    IReadOnlyList<GroupCount> Groups,
    IReadOnlyList<ReportRow> Categories,
    IReadOnlyList<ReportRow> Items,
    IReadOnlyList<string> BlindSpots,
    IReadOnlyList<string> HiddenStrengths,
    ReportComments Comments,
    string? LastYearRoundId)
{
    /// <summary>The same report with its band's norm filled in where the norm is shown.</summary>
    public ThreeSixtyReport WithNorm(BandNorm? norm)
    {
        if (norm is null)
        {
            return this;
        }

        var items = norm.Items.ToDictionary(f => f.Id, f => (double?)f.Mean, StringComparer.Ordinal);
        var categories = norm.Categories.ToDictionary(f => f.Id, f => (double?)f.Mean, StringComparer.Ordinal);
        return this with
        {
            Items = [.. Items.Select(r => r with { Norm = items.GetValueOrDefault(r.Id) })],
            Categories = [.. Categories.Select(r => r with { Norm = categories.GetValueOrDefault(r.Id) })],
        };
    }
}

/// <summary>A group the report shows and how many of it answered.</summary>
public sealed record GroupCount(RaterGroup Group, int Respondents);

/// <summary>
/// One item or category: self's score, each shown group's figure, all others pooled, the gap, last year's figures
/// (as last year's report showed them) and the band's norm. Means are kept unrounded; pages round to two decimals.
/// </summary>
/// <param name="CategoryId">The item's category; null on a category row.</param>
/// <param name="OthersCount">Scores pooled into <paramref name="Others"/> (an item) or respondents (a category).</param>
/// <param name="Gap">Self minus all others, when both are shown.</param>
public sealed record ReportRow(
    string Id,
    string? CategoryId,
    double? Self,
    IReadOnlyList<GroupFigure> Groups,
    double? Others,
    int OthersCount,
    double? Gap,
    double? LastYearSelf,
    double? LastYearOthers,
    double? Norm = null)
{
    public GroupFigure? Of(RaterGroup group) => Groups.FirstOrDefault(g => g.Group == group);
}

/// <summary>
/// A shown group's figure: mean, how many scores (an item) or respondents (a category), and how many gave 1 to 5.
/// </summary>
public sealed record GroupFigure(RaterGroup Group, double Mean, int Count, IReadOnlyList<int> Distribution);

/// <summary>
/// The comments: the subject's own (shown back to them as theirs), and those of the groups shown with enough
/// respondents, pooled without their group and in an order that depends on the text alone.
/// </summary>
public sealed record ReportComments(
    IReadOnlyList<string> OwnStrengths,
    IReadOnlyList<string> OwnSuggestions,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Suggestions);
