using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.Tests.Surveys.Answers;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Nomination;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Tests.ThreeSixty;

/// <summary>
/// The subjects of a round on real table storage (Azurite): selection, the subject's nomination, HR's changes, the
/// plan and the nomination mails. A small bureau: director D over section chiefs K1, K2, K3 (K3 reads English), K1
/// over deputies H1, H2, H1 over staff S1, S2.
/// </summary>
public sealed class SubjectRosterTests
{
    private static readonly StaffMember[] Staff =
    [
        Person("D", "局長", null), Person("K1", "課長", "D"), Person("K2", "課長", "D"), Person("K3", "室長", "D", Language.En),
        Person("H1", "課長補佐", "K1"), Person("H2", "課長補佐", "K1"), Person("S1", "係員", "H1"), Person("S2", "係員", "H1"),
    ];

    private readonly ShiftedClock _clock = new();
    private readonly Tables _tables = Azurite.NewTables();
    private readonly RecordingMailer _mailer = new();
    private readonly RosterDirectory _directory;
    private readonly SubjectRoster _subjects;
    private readonly Round _round;

    public SubjectRosterTests()
    {
        var organisation = Options.Create(new OrganisationOptions());
        _directory = new RosterDirectory(new RosterStore(_tables, organisation), organisation);
        var snapshot = "snap-" + Guid.NewGuid().ToString("N")[..8];
        _directory.Remember(new RosterSnapshotInfo(snapshot, DateTimeOffset.UtcNow, "test", Staff.Length, 1, "utf-8"), Staff);
        _subjects = new SubjectRoster(new SubjectStore(_tables), _directory, Options.Create(new ThreeSixtyNominationOptions()), _clock);
        var now = DateTimeOffset.UtcNow;
        _round = new Round("2026", snapshot, RoundPhase.Nominating, now, now.AddDays(5), "2026");
    }

    [Fact]
    public async Task Selection_picks_the_subjects_by_grade()
    {
        Assert.Equal(5, await _subjects.SelectAsync(_round, CancellationToken.None));

        var rows = await _subjects.ListAsync(_round.RoundId, CancellationToken.None);
        Assert.Equal(["H1", "H2", "K1", "K2", "K3"], rows.Select(r => r.SubjectId));
    }

    [Fact]
    public async Task A_subject_HR_removed_stays_removed_when_selection_runs_again()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);
        await _subjects.RemoveAsync(_round, "K2", "HR", CancellationToken.None);

        Assert.Equal(4, await _subjects.SelectAsync(_round, CancellationToken.None));
        Assert.True((await _subjects.GetAsync(_round.RoundId, "K2", CancellationToken.None))!.Removed);
    }

    [Fact]
    public async Task A_nomination_before_the_deadline_is_stored_as_nominated()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);

        Assert.Equal(SubjectChange.Done, await _subjects.NominateAsync(_round, "K1", ["K2", "K3", "S1"], CancellationToken.None));

        var row = await _subjects.GetAsync(_round.RoundId, "K1", CancellationToken.None);
        Assert.Equal(["K2", "K3", "S1"], row!.Peers);
        Assert.Equal(PeerSource.Nominated, row.Source);
    }

    [Fact]
    public async Task A_nomination_after_the_deadline_is_refused_and_changes_nothing()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);
        _clock.Shift = TimeSpan.FromDays(6);

        Assert.Equal(SubjectChange.Closed, await _subjects.NominateAsync(_round, "K1", ["K2", "K3", "S1"], CancellationToken.None));
        Assert.Empty((await _subjects.GetAsync(_round.RoundId, "K1", CancellationToken.None))!.Peers);
    }

    [Fact]
    public async Task A_list_HR_locked_cannot_be_changed_by_the_subject()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);
        await _subjects.LockAsync(_round, "K1", "HR", CancellationToken.None);

        Assert.Equal(SubjectChange.Locked, await _subjects.NominateAsync(_round, "K1", ["K2", "K3", "S1"], CancellationToken.None));
    }

    [Fact]
    public async Task HR_cannot_add_a_subject_once_rating_has_begun()
    {
        var rating = _round with { Phase = RoundPhase.Rating };

        Assert.Equal(SubjectChange.Closed, await _subjects.AddAsync(rating, "S1", "HR", CancellationToken.None));
    }

    [Fact]
    public async Task The_plan_proposes_for_those_who_did_not_nominate_and_locks_every_list()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);
        await _subjects.NominateAsync(_round, "K1", ["K2", "K3", "S1"], CancellationToken.None);

        await new AssignmentPlanner(_subjects).PlanAsync(_round, CancellationToken.None);

        var rows = await _subjects.ListAsync(_round.RoundId, CancellationToken.None);
        Assert.All(rows, r => Assert.True(r.Locked));
        Assert.Equal(["K1", "K3"], rows.Single(r => r.SubjectId == "K2").Peers.Order(StringComparer.Ordinal));
        Assert.Equal(PeerSource.Nominated, rows.Single(r => r.SubjectId == "K1").Source);
    }

    [Fact]
    public async Task Planning_again_returns_the_same_plan()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);
        var planner = new AssignmentPlanner(_subjects);

        var first = await planner.PlanAsync(_round, CancellationToken.None);
        var second = await planner.PlanAsync(_round, CancellationToken.None);

        Assert.Equal(first.Select(r => (r.RaterId, string.Join(',', r.Subjects))), second.Select(r => (r.RaterId, string.Join(',', r.Subjects))));
    }

    [Fact]
    public async Task The_plan_leaves_out_a_removed_subject()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);
        await _subjects.RemoveAsync(_round, "H2", "HR", CancellationToken.None);

        var plan = await new AssignmentPlanner(_subjects).PlanAsync(_round, CancellationToken.None);

        Assert.DoesNotContain(plan.SelectMany(r => r.Subjects), a => a.SubjectId == "H2");
    }

    [Fact]
    public async Task The_nomination_mail_goes_to_every_subject_not_removed_each_in_their_language()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);
        await _subjects.RemoveAsync(_round, "K2", "HR", CancellationToken.None);

        Assert.Equal(4, await Mails().SendAsync(_round, CancellationToken.None));

        var recipients = Assert.Single(_mailer.Batches).Recipients;
        Assert.DoesNotContain(recipients, r => r.Email == "k2@example.go.jp");
        var english = recipients.Single(r => r.Email == "k3@example.go.jp");
        Assert.Equal(NominationMails.EnglishVariant, english.Variant);
        Assert.Equal("https://app.example/360/2026/nomination?lang=en", english.Values["link"]);
    }

    [Fact]
    public async Task Sending_the_nomination_mails_again_uses_the_same_batch_key()
    {
        await _subjects.SelectAsync(_round, CancellationToken.None);

        await Mails().SendAsync(_round, CancellationToken.None);
        await Mails().SendAsync(_round, CancellationToken.None);

        Assert.Single(_mailer.Batches.Select(b => b.Key).Distinct());
    }

    private NominationMails Mails()
    {
        var app = Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://app.example/") });
        return new NominationMails(_subjects, _mailer, app, new JapanTime(app));
    }

    private static StaffMember Person(string id, string grade, string? supervisor, Language language = Language.Ja) =>
        new(id, "Name " + id, id.ToLowerInvariant() + "@example.go.jp", "1", "Bureau", "11", "Division", grade, supervisor, language);

    private sealed class RecordingMailer : IMailer
    {
        public List<MailBatch> Batches { get; } = [];

        public Task<MailSendResult> SendAsync(MailBatch batch, CancellationToken cancellationToken)
        {
            Batches.Add(batch);
            return Task.FromResult(new MailSendResult(batch.Key, batch.Recipients.Count, 1, 1, 0));
        }
    }
}
