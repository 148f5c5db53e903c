using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;

namespace Transformation.Tests.ThreeSixty.Reports;

/// <summary>A small questionnaire (two categories of two items) and answers written as a rater would give them.</summary>
internal static class ReportAnswers
{
    public const string Subject = "S-0001";
    public const string Round = "2026";

    public static readonly RatingQuestionnaire Questionnaire = new("test",
    [
        new RatingCategory("vision", new Text("方針・ビジョンの提示", "Vision"),
            [new RatingItem("V01", "vision", new Text("方針を示す", "Sets direction")),
             new RatingItem("V02", "vision", new Text("目的を説明する", "Explains purpose"))]),
        new RatingCategory("development", new Text("部下の育成", "Development"),
            [new RatingItem("D01", "development", new Text("育成する", "Develops people")),
             new RatingItem("D02", "development", new Text("任せる", "Delegates"))]),
    ]);

    public static ThreeSixtyReportOptions Options(bool supervisorShown = false) =>
        new() { MinGroupSize = 3, SupervisorShown = supervisorShown, GapThreshold = 0.5, MinNormSubjects = 5 };

    /// <summary>An answer; a null score is "cannot judge" (absent, as released answers keep it).</summary>
    public static RatingAnswer Answer(RaterGroup group, int? v01, int? v02, int? d01 = null, int? d02 = null,
        string? strengths = null, string? suggestions = null, string subject = Subject)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, score) in new[] { ("V01", v01), ("V02", v02), ("D01", d01), ("D02", d02) })
        {
            if (score is { } s)
            {
                scores[id] = s;
            }
        }

        return new RatingAnswer(subject, group, scores, strengths, suggestions);
    }

    public static ThreeSixtyReport Build(IReadOnlyList<RatingAnswer> answers, ThreeSixtyReportOptions? options = null,
        ThreeSixtyReport? lastYear = null, string round = Round) =>
        ReportBuilder.Build(Questionnaire, round, Subject, "section-chief", answers, options ?? Options(), lastYear);
}
