using Azure.Data.Tables;

namespace Transformation.ThreeSixty.Rating;

/// <summary>One rater of a round as their participation row says: who, where, and how far with each subject. Never an answer.</summary>
public sealed record RaterParticipation(
    string RaterId,
    string Name,
    string BureauCode,
    string BureauName,
    string DivisionName,
    IReadOnlyList<RaterSubject> Subjects)
{
    public int Submitted => Subjects.Count(s => s.State == SubjectState.Submitted);

    public static RaterParticipation Of(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new RaterParticipation(row.GetString("RaterId") ?? "", row.GetString("Name") ?? "", row.GetString("BureauCode") ?? "",
            row.GetString("BureauName") ?? "", row.GetString("DivisionName") ?? "", RaterSubject.Decode(row.GetString("Subjects")));
    }
}
