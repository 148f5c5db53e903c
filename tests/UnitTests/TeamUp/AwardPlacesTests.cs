using Transformation.TeamUp;
using Transformation.TeamUp.Seasons;

namespace Transformation.Tests.TeamUp;

public sealed class AwardPlacesTests
{
    private static readonly AwardSetting[] Awards =
    [
        new() { Id = "grand", Count = 1, Ja = "最優秀賞", En = "Grand prize" },
        new() { Id = "excellence", Count = 2, Ja = "優秀賞", En = "Award of excellence" },
    ];

    [Fact]
    public void The_first_entry_gets_the_first_award_and_the_next_two_the_second()
    {
        var places = AwardPlaces.Assign(["D3", "D1", "D4", "D2"], Awards);

        Assert.Equal(
            [new AwardPlace(1, "grand", "D3"), new AwardPlace(2, "excellence", "D1"), new AwardPlace(3, "excellence", "D4")],
            places);
        Assert.Equal(3, AwardPlaces.Total(Awards));
    }

    [Fact]
    public void Fewer_entries_than_awards_leave_the_last_awards_unawarded()
    {
        var places = AwardPlaces.Assign(["D3", "D1"], Awards);

        Assert.Equal(["grand", "excellence"], places.Select(p => p.AwardId));
    }
}
