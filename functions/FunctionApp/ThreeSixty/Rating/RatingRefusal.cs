namespace Transformation.ThreeSixty.Rating;

/// <summary>Why a rater link or one of its subjects cannot be used now.</summary>
public enum RatingRefusal
{
    /// <summary>No such link (mistyped, or of a round that does not exist).</summary>
    Unknown,

    /// <summary>Every subject of the list has been submitted.</summary>
    Finished,

    /// <summary>A newer link was mailed (a reminder); this one no longer works.</summary>
    Superseded,

    /// <summary>Rating is not open: closed, past the deadline, or not yet open.</summary>
    Closed,

    /// <summary>This subject's rating was already submitted.</summary>
    AlreadySubmitted,

    /// <summary>The subject is not on this rater's list.</summary>
    NotListed,
}
