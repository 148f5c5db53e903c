using Microsoft.Extensions.Configuration;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Localization;

namespace Transformation.Tests.Organisation;

/// <summary>The sample roster and settings that ship with the app are what the walk-through says they are.</summary>
public sealed class SampleRosterTests
{
    [Fact]
    public void The_sample_roster_is_valid_and_matches_its_readme()
    {
        var file = RosterHeaderTests.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "workflows", "samples", "roster.csv")));

        Assert.Empty(file.Errors);
        Assert.Equal(30, file.Staff.Count);
        var index = new RosterIndex(new RosterSnapshotInfo("sample", DateTimeOffset.UnixEpoch, "hr", file.Staff.Count, 1, file.Encoding), file.Staff, Settings().HeadGrades.ToList());
        Assert.Equal(["100", "200"], index.Bureaus.Select(b => b.Code));
        Assert.Equal("秘書課", index.Person("1010003")!.DivisionName);
        Assert.Equal("2010001", index.Division("2010")!.Head.StaffId);
        Assert.Equal("2030001", index.Division("2030")!.Head.StaffId);
        Assert.Equal(("1000001", DivisionHeadRule.SupervisorOutsideDivision), (index.Division("1000")!.Head.StaffId, index.Division("1000")!.HeadRule));
        Assert.Equal(["2010004", "2010003", "2010001", "2000001", "1000001"], index.SupervisorChain("2010005")!.Select(s => s.StaffId));
        Assert.Equal(3, file.Staff.Count(s => s.Language == Language.En));
    }

    [Fact]
    public void The_shipped_settings_name_the_head_grades()
    {
        var options = Settings();

        Assert.Equal(["課長", "室長", "参事官"], options.HeadGrades);
        Assert.Equal(20 * 1024 * 1024, options.MaxImportBytes);
    }

    private static OrganisationOptions Settings()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "organisation.json"))
            .Build();
        var options = new OrganisationOptions();
        configuration.GetSection(OrganisationOptions.Section).Bind(options);
        return options;
    }
}
