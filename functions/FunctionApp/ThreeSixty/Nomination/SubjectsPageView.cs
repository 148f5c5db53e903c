using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>HR's page of a round's subjects: every subject and their peer list's standing, with HR's actions while nominating.</summary>
/// <param name="Changeable">Whether the round is nominating (HR may add, remove and lock).</param>
public sealed record SubjectsPageView(
    string RoundId,
    IReadOnlyList<SubjectLine> Subjects,
    int MinPeers,
    bool Changeable,
    FormState AddForm,
    CsrfField Csrf,
    Text? Notice = null,
    Text? Problem = null);

/// <summary>One subject on HR's page. <paramref name="PeerCount"/> is the list's size, or the proposal's while not nominated.</summary>
public sealed record SubjectLine(
    string SubjectId, string Name, string Grade, string Division, int PeerCount, PeerSource Source, bool Locked, bool Removed,
    bool AddedByHr, bool BelowMinimum);
