namespace Transformation.ThreeSixty.Assignments;

/// <summary>How a rater stands to the subject they rate. Stored with each answer; nothing else about the rater is.</summary>
public enum RaterGroup
{
    /// <summary>The subject rating themselves.</summary>
    Self,

    /// <summary>The subject's roster supervisor: one person, so left out of reports unless the round says otherwise.</summary>
    Supervisor,

    /// <summary>Everyone whose roster supervisor is the subject.</summary>
    Subordinate,

    /// <summary>Colleagues the subject nominated (or the system proposed).</summary>
    Peer,
}
