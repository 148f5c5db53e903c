namespace Transformation.Surveys.Participation;

/// <summary>
/// Row keys of the invitation table. One partition holds, for the staff hashed to it, two kinds of row:
/// the participation row "p-{staff id}" (who was invited, whether they answered) and the link row
/// "t-{token hash}" (the link's state and the draft). Both in one partition, so a submission marks both
/// in one batch transaction.
/// </summary>
public static class InvitationRows
{
    public const string ParticipationPrefix = "p-";
    public const string LinkPrefix = "t-";

    /// <summary>The first row key after every participation row ('.' follows '-').</summary>
    public const string ParticipationEnd = "p.";

    public static string Participation(string staffId) => ParticipationPrefix + Platform.Storage.TableKeys.Encode(staffId);

    public static string Link(string tokenHash) => LinkPrefix + tokenHash;
}
