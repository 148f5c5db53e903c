using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>The subject's nomination page: the deadline, the list as it stands, and the form while it may change.</summary>
/// <param name="Refusal">Why the list cannot change (deadline passed, locked); null while it can.</param>
/// <param name="Proposal">Who would be proposed, shown while the subject has not nominated.</param>
/// <param name="Checked">The colleagues ticked: the saved list, or after a refused post what was sent.</param>
public sealed record NominationPageView(
    string RoundId,
    Text Deadline,
    int MinPeers,
    int MaxPeers,
    PeerSource Source,
    IReadOnlyList<PeerLine> Current,
    IReadOnlyList<PeerLine> Proposal,
    Text? Refusal,
    IReadOnlyList<PeerLine> Colleagues,
    IReadOnlySet<string> Checked,
    FormState Form,
    CsrfField Csrf,
    Text? Notice = null);

/// <summary>One person as the page lists them.</summary>
public sealed record PeerLine(string StaffId, string Name, string Division);
