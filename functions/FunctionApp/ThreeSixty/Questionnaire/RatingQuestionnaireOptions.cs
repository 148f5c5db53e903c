namespace Transformation.ThreeSixty.Questionnaire;

/// <summary>The 360 questionnaire as written in workflows/three-sixty-questionnaire.json (section "ThreeSixty:Questionnaire").</summary>
public sealed class RatingQuestionnaireOptions
{
    public const string Section = "ThreeSixty:Questionnaire";

    /// <summary>Stored with every answer, so reports of different versions are never compared by accident.</summary>
    public string? Version { get; set; }

    public IList<RatingCategoryOptions> Categories { get; } = new List<RatingCategoryOptions>();
}

/// <summary>One category of the file: its id, its names and its items.</summary>
public sealed class RatingCategoryOptions
{
    public string? Id { get; set; }

    public string? Ja { get; set; }

    public string? En { get; set; }

    public IList<RatingItemOptions> Items { get; } = new List<RatingItemOptions>();
}

/// <summary>One statement of the file, in both languages.</summary>
public sealed class RatingItemOptions
{
    public string? Id { get; set; }

    public string? Ja { get; set; }

    public string? En { get; set; }
}
