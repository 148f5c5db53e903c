namespace Transformation.Platform.Links;

/// <summary>
/// The answer to inspecting or redeeming a link: usable (<see cref="Refusal"/> is null) or refused, and why.
/// <see cref="Link"/> is there whenever the token was known, refused or not, so a refusal page can say
/// when it was used and speak the recipient's language.
/// </summary>
public sealed record LinkResult(ActionLink? Link, LinkRefusal? Refusal)
{
    public bool IsOk => Refusal is null && Link is not null;

    public static LinkResult Ok(ActionLink link) => new(link, null);

    public static LinkResult Refused(LinkRefusal refusal, ActionLink? link) => new(link, refusal);
}
