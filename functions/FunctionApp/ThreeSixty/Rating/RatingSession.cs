using Azure.Data.Tables;
using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Rating;

/// <summary>An opened rater link: the token (from the cookie), its row as read, the round, and the rater's list.</summary>
public sealed record RatingSession(string Token, TableEntity Link, Round Round, IReadOnlyList<RaterSubject> Subjects, Language Language)
{
    public string PartitionKey => Link.PartitionKey;

    public string RaterRow => Link.GetString("RaterRow") ?? "";

    public int IndexOf(string subjectId)
    {
        for (var i = 0; i < Subjects.Count; i++)
        {
            if (Subjects[i].SubjectId == subjectId)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>The result of opening a link: a session, or why not (with the rater's language when the link is known).</summary>
public sealed record RatingOpening(RatingSession? Session, RatingRefusal? Refusal, Language? Language)
{
    public static RatingOpening Refused(RatingRefusal refusal, Language? language = null) => new(null, refusal, language);
}
