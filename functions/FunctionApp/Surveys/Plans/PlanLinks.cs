namespace Transformation.Surveys.Plans;

/// <summary>Addresses of the pages the follow-through mails point to (sign-in pages: no credential in them).</summary>
public static class PlanLinks
{
    public static string Plan(Uri baseUrl, string cycleId, string divisionCode) =>
        $"{Root(baseUrl)}/surveys/{Uri.EscapeDataString(cycleId)}/plans/{Uri.EscapeDataString(divisionCode)}";

    public static string Plans(Uri baseUrl, string cycleId) => $"{Root(baseUrl)}/surveys/{Uri.EscapeDataString(cycleId)}/plans";

    /// <summary>The feedback sheet page (built with the publication phase): level "division" or "bureau".</summary>
    public static string Sheet(Uri baseUrl, string cycleId, string level, string code) =>
        $"{Root(baseUrl)}/surveys/{Uri.EscapeDataString(cycleId)}/sheets/{level}/{Uri.EscapeDataString(code)}";

    /// <summary>The ministry-wide results page, which every member of staff may read.</summary>
    public static string Results(Uri baseUrl, string cycleId) => $"{Root(baseUrl)}/surveys/{Uri.EscapeDataString(cycleId)}/results";

    private static string Root(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.AbsoluteUri.TrimEnd('/');
    }
}
