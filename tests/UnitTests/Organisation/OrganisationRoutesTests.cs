using Transformation.Platform.Hosting;
using Transformation.Platform.Security;

namespace Transformation.Tests.Organisation;

/// <summary>The organisation API is served where the docs say, and each route declares who may call it.</summary>
public sealed class OrganisationRoutesTests
{
    [Theory]
    [InlineData("ImportRoster", "POST", "api/organisation/roster", Roles.HrAdmin)]
    [InlineData("GetRoster", "GET", "api/organisation/roster", Roles.HrAdmin)]
    [InlineData("GetStaff", "GET", "api/organisation/staff/{staffId}", Roles.HrAdmin + "," + Roles.Employee + "," + Roles.DivisionHead + ","
        + Roles.BureauCoordinator + "," + Roles.Judge + "," + Roles.HealthOffice)]
    [InlineData("GetStaffSupervisors", "GET", "api/organisation/staff/{staffId}/supervisors", Roles.HrAdmin)]
    [InlineData("GetDivision", "GET", "api/organisation/divisions/{divisionCode}", Roles.HrAdmin + "," + Roles.BureauCoordinator + "," + Roles.DivisionHead)]
    [InlineData("GetBureauDivisions", "GET", "api/organisation/bureaus/{bureauCode}/divisions", Roles.HrAdmin + "," + Roles.BureauCoordinator)]
    public void Each_route_is_in_the_catalog_with_its_roles(string name, string method, string route, string roles)
    {
        var entry = FunctionCatalog.App.ByName[name];
        var access = EndpointGuard.AccessOf(entry.Method);

        Assert.Equal([method], entry.HttpMethods);
        Assert.Equal(route, entry.Route);
        Assert.False(access.IsPublic);
        Assert.Equal(roles.Split(',').Order(), access.Roles.Order());
        Assert.False(string.IsNullOrWhiteSpace(entry.Summary));
    }
}
