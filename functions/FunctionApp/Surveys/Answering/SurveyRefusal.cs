namespace Transformation.Surveys.Answering;

/// <summary>Why a survey link cannot be used now.</summary>
public enum SurveyRefusal
{
    /// <summary>Not a link we issued (mistyped, or from another system).</summary>
    Unknown,

    /// <summary>A newer link was sent to the same person.</summary>
    Superseded,

    /// <summary>The answers were already submitted: one submission per link.</summary>
    AlreadySubmitted,

    /// <summary>Past the deadline, or closed early by HR.</summary>
    Closed,
}
