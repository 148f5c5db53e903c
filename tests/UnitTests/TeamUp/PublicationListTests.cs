using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Publication;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

public sealed class PublicationListTests
{
    private static readonly DateTimeOffset At = new(2027, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static Entry Submitted(string division, string bureau, EntryBuilder content) =>
        new("2027", division, division + "課", bureau, bureau + "局", content.Content(), EntryStatus.Submitted, At, "H", At, "etag");

    private static readonly Entry[] Entries =
    [
        Submitted("D1", "B1", new EntryBuilder().StopWork("押印の廃止", "電子決裁で足りる", 4m)),
        Submitted("D2", "B1", new EntryBuilder().WithoutStopWork().StopWork("テレワーク申請の紙様式", "システムで申請", 2m)),
        Submitted("D3", "B2", new EntryBuilder().WithoutStopWork().StopWork("定例会議", "チャットで共有", 30m)),
    ];

    [Fact]
    public void Entries_are_grouped_by_bureau_with_hours_per_division_bureau_and_ministry()
    {
        var view = PublicationService.Build("2027", Entries, "", "");

        Assert.Equal(["B1", "B2"], view.Bureaus.Select(b => b.BureauCode));
        Assert.Equal([16.5m, 2m], view.Bureaus[0].Entries.Select(e => e.HoursPerMonthSaved));
        Assert.Equal(18.5m, view.Bureaus[0].HoursPerMonthSaved);
        Assert.Equal(48.5m, view.MinistryHoursPerMonthSaved);
        Assert.Equal(3, view.MatchCount);
    }

    [Fact]
    public void A_search_and_a_bureau_filter_narrow_the_entries_but_not_the_totals()
    {
        var view = PublicationService.Build("2027", Entries, "てれわーく", "B1");

        var hit = Assert.Single(view.Bureaus.SelectMany(b => b.Entries));
        Assert.Equal("D2", hit.DivisionCode);
        Assert.Contains("テレワーク申請", hit.Excerpt, StringComparison.Ordinal);
        Assert.Equal(2m, view.MatchedHoursPerMonthSaved);
        Assert.Equal(48.5m, view.MinistryHoursPerMonthSaved);
        Assert.Equal(30m, view.Bureaus.Single(b => b.BureauCode == "B2").HoursPerMonthSaved);
        Assert.Empty(PublicationService.Build("2027", Entries, "てれわーく", "B2").Bureaus.SelectMany(b => b.Entries));
    }

    [Fact]
    public void Division_and_bureau_names_are_searched_too()
    {
        var view = PublicationService.Build("2027", Entries, "B2局", null);

        Assert.Equal("D3", Assert.Single(view.Bureaus.SelectMany(b => b.Entries)).DivisionCode);
    }
}
