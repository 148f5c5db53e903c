using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Publication;

/// <summary>
/// After the entry deadline every submitted entry is readable by all staff: listed by bureau, with the hours a
/// month of work stopped per division, per bureau and ministry-wide, filtered by bureau and searched by keyword.
/// Drafts are never listed.
/// </summary>
public sealed class PublicationService(EntryStore entries, SeasonStore seasons, TimeProvider time)
{
    public const int MaxQuery = 200;

    public async Task<PublicationResult> ListAsync(string seasonId, string? query, string? bureau, CancellationToken cancellationToken = default)
    {
        var season = await seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return new PublicationResult(PublicationOutcome.NoSeason, null, null);
        }

        if (!season.IsPublished(time.GetUtcNow()))
        {
            return new PublicationResult(PublicationOutcome.NotYet, null, season.EntryDeadlineUtc);
        }

        var submitted = (await entries.ListAsync(seasonId, cancellationToken)).Where(e => e.IsSubmitted).ToList();
        return new PublicationResult(PublicationOutcome.Published, Build(seasonId, submitted, query, bureau), season.EntryDeadlineUtc);
    }

    /// <summary>The list from the submitted entries (pure: the page, the API and the tests share it).</summary>
    public static PublicationView Build(string seasonId, IReadOnlyList<Entry> submitted, string? query, string? bureau)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var q = (query ?? "").Trim();
        if (q.Length > MaxQuery)
        {
            q = q[..MaxQuery];
        }

        var only = string.IsNullOrWhiteSpace(bureau) ? null : bureau.Trim();
        var terms = EntrySearch.Terms(q);
        var bureaus = submitted
            .GroupBy(e => e.BureauCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var matches = g
                    .Where(e => only is null || e.BureauCode == only)
                    .Select(e => (Entry: e, Fields: SearchedFields(e)))
                    .Where(x => EntrySearch.Matches(x.Fields, terms))
                    .OrderBy(x => x.Entry.DivisionCode, StringComparer.Ordinal)
                    .Select(x => new PublishedEntry(x.Entry.DivisionCode, x.Entry.DivisionName, x.Entry.BureauCode, x.Entry.BureauName,
                        x.Entry.Content.HoursPerMonthSaved, x.Entry.Content.StopWork.Count, x.Entry.Content.Initiatives.Count,
                        x.Entry.Content.Mission, EntrySearch.Excerpt(x.Fields, terms), x.Entry.SubmittedAtUtc))
                    .ToList();
                return new PublishedBureau(g.Key, g.First().BureauName, g.Count(), g.Sum(e => e.Content.HoursPerMonthSaved), matches);
            })
            .ToList();
        var hits = bureaus.SelectMany(b => b.Entries).ToList();
        return new PublicationView(seasonId, q, only, terms, submitted.Count, submitted.Sum(e => e.Content.HoursPerMonthSaved),
            hits.Count, hits.Sum(e => e.HoursPerMonthSaved), bureaus);
    }

    /// <summary>Every text of an entry, in the order an excerpt prefers: the policy, the work stopped, the initiatives, then the names.</summary>
    public static IReadOnlyList<string> SearchedFields(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var c = entry.Content;
        var fields = new List<string> { c.Mission, c.Priorities, c.WayOfWorking };
        fields.AddRange(c.StopWork.SelectMany(s => new[] { s.Task, s.Reason }));
        fields.AddRange(c.Initiatives.SelectMany(t => new[] { t.Title, t.Description, t.Results }));
        fields.Add(entry.DivisionName);
        fields.Add(entry.BureauName);
        return fields;
    }
}
