namespace Transformation.Surveys.Api;

/// <summary>The survey behind a link, as the API returns it.</summary>
public sealed record SurveyView(string CycleId, string Language, DateTimeOffset ClosesAt, string QuestionnaireVersion, IReadOnlyList<ScaleView> Scale,
    IReadOnlyList<CategoryView> Categories, DraftView Draft);
