using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace Transformation.InfraTests;

/// <summary>
/// The settings that name the ministry's people and mailboxes are parameters, carried by azd environment values,
/// so that every provision writes them again (sites/config appsettings replaces the whole collection).
/// </summary>
[Collection(DeploymentGroup.Name)]
public sealed class ProcessSettingsTests(DeploymentFixture deployment)
{
    [Fact]
    public void AzdValuesBecomeAppSettings()
    {
        var settings = deployment.Azd.AppSettings;

        Assert.Equal(AzdEnvironment.TeamUpHrMailbox, (string?)settings["TeamUp__HrMailbox"]);
        Assert.Equal(AzdEnvironment.CareSheetsHrEmail, (string?)settings["CareSheets__HrEmail"]);
        Assert.Equal("2010003", (string?)settings["SurveyPlans__Coordinators__200__0"]);
        Assert.Equal("2010004", (string?)settings["SurveyPlans__Coordinators__200__1"]);
        Assert.Equal("3010001", (string?)settings["SurveyPlans__Coordinators__300__0"]);
        Assert.Equal(3, settings.Count(s => s.Key.StartsWith("SurveyPlans__Coordinators__", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheAppReadsTheCoordinatorsBackAsEachBureausList()
    {
        // App Service passes app settings as environment variables; "__" is the section separator there.
        var values = deployment.Azd.AppSettings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var coordinators = configuration.GetSection("SurveyPlans:Coordinators").Get<Dictionary<string, List<string>>>();

        Assert.NotNull(coordinators);
        Assert.Equal(["200", "300"], coordinators.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["2010003", "2010004"], coordinators["200"]);
        Assert.Equal(["3010001"], coordinators["300"]);
    }

    [Fact]
    public void ExtraAppSettingsAreWrittenButCannotReplaceTheTemplatesOwn()
    {
        var settings = deployment.Azd.AppSettings;

        Assert.Equal("人事課（両立支援）", (string?)settings["CareSheets__HrName"]);
        Assert.Equal("60", (string?)settings["Links__KeepExpiredDays"]);
        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.Equal(AzdEnvironment.TeamUpHrMailbox, (string?)settings["TeamUp__HrMailbox"]);
    }

    [Fact]
    public void UnsetValuesWriteNothingSoTheWorkflowFilesApply()
    {
        var settings = deployment.Default.AppSettings;

        Assert.Null(settings["TeamUp__HrMailbox"]);
        Assert.Null(settings["CareSheets__HrEmail"]);
        Assert.DoesNotContain(settings, s => s.Key.StartsWith("SurveyPlans__", StringComparison.Ordinal));
    }

    [Fact]
    public void ParametersFileTakesEachProcessSettingFromItsAzdValue()
    {
        var given = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.InfraDirectory, "main.parameters.json")))!["parameters"]!;

        Assert.Equal("${TEAMUP_HR_MAILBOX=}", (string?)given["teamUpHrMailbox"]!["value"]);
        Assert.Equal("${CARESHEETS_HR_EMAIL=}", (string?)given["careSheetsHrEmail"]!["value"]);
        // No default: azd leaves an unset object parameter out, and the template's {} applies.
        Assert.Equal("${SURVEY_PLAN_COORDINATORS}", (string?)given["surveyPlanCoordinators"]!["value"]);
        Assert.Equal("${EXTRA_APP_SETTINGS}", (string?)given["extraAppSettings"]!["value"]);
    }

    [Theory]
    [InlineData("surveyPlanCoordinators")]
    [InlineData("extraAppSettings")]
    public void ObjectParametersDefaultToEmpty(string name)
    {
        var parameter = deployment.Template["parameters"]![name]!;

        Assert.Equal("object", (string?)parameter["type"]);
        Assert.Equal("{}", parameter["defaultValue"]!.ToJsonString());
    }
}
