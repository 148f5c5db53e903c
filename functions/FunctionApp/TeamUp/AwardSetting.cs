using Transformation.Platform.Localization;

namespace Transformation.TeamUp;

/// <summary>An award (最優秀賞, 優秀賞…) and how many entries receive it.</summary>
public sealed class AwardSetting
{
    public string Id { get; set; } = "";

    public int Count { get; set; } = 1;

    public string Ja { get; set; } = "";

    public string En { get; set; } = "";

    public Text Name => new(Ja, En);
}
