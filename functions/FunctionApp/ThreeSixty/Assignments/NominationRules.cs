using Transformation.Organisation;
using Transformation.Platform.Http;
using Transformation.ThreeSixty.Nomination;

namespace Transformation.ThreeSixty.Assignments;

/// <summary>What a nomination came to: the peers in the order given, or what is wrong with it, field by field.</summary>
public sealed record NominationCheck(IReadOnlyList<string> Peers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The rules of a subject's peer nomination: between the minimum and the maximum of distinct people, all in the
/// round's roster snapshot, and none of them the subject, their supervisor or one of their subordinates (each person
/// is in one group per subject). The colleagues ticked come in <see cref="Chosen"/>; others are typed into
/// <see cref="Typed"/> as staff numbers or e-mail addresses, separated by spaces, commas or new lines.
/// </summary>
public static class NominationRules
{
    public const string Chosen = "peers";
    public const string Typed = "others";

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', '、', '，', ';', '；', '　'];

    public static NominationCheck Check(
        StaffMember subject, RosterRelations roster, IEnumerable<string> chosen, string? typed, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(chosen);
        var errors = new List<FieldError>();
        var peers = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var supervisor = roster.SupervisorOf(subject)?.StaffId;
        var subordinates = roster.ReportsOf(subject.StaffId).Select(s => s.StaffId).ToHashSet(StringComparer.Ordinal);

        void Take(string field, string entry, StaffMember? person)
        {
            var problem = person switch
            {
                null => ThreeSixtyNominationTexts.NotInRoster.With(entry),
                _ when person.StaffId == subject.StaffId => ThreeSixtyNominationTexts.NotYourself,
                _ when person.StaffId == supervisor => ThreeSixtyNominationTexts.NotYourSupervisor.With(person.Name),
                _ when subordinates.Contains(person.StaffId) => ThreeSixtyNominationTexts.NotYourSubordinate.With(person.Name),
                _ => null,
            };
            if (problem is not null)
            {
                errors.Add(new FieldError(field, problem));
            }
            else if (seen.Add(person!.StaffId))
            {
                peers.Add(person.StaffId);
            }
        }

        foreach (var id in chosen.Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            Take(Chosen, id, roster.Person(id));
        }

        foreach (var entry in (typed ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            Take(Typed, entry, entry.Contains('@', StringComparison.Ordinal) ? roster.PersonByEmail(entry) : roster.Person(Narrow(entry)));
        }

        if (errors.Count == 0 && (peers.Count < min || peers.Count > max))
        {
            errors.Add(new FieldError(Chosen, ThreeSixtyNominationTexts.PeerCount.With(min, max, peers.Count)));
        }

        return new NominationCheck(peers, errors);
    }

    // Staff numbers typed with a Japanese input method arrive as full-width digits.
    private static string Narrow(string entry) =>
        string.Concat(entry.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));
}
