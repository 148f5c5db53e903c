using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages.Components;

/// <summary>What a notice page says: the message, a line more if any, and where to go next if anywhere.</summary>
public sealed record NoticeView(Text Message, Text? Detail = null, MenuLink? Link = null);
