using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Storage;
using Transformation.Surveys;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Tests.Support.Surveys;

/// <summary>
/// Invites people to a cycle straight into a running host's storage, as the cycle's invitation step does, without
/// running a whole cycle: for page tests that need someone holding a survey link.
/// </summary>
public static class SurveyInvites
{
    public static async Task<IReadOnlyList<SurveyLink>> InviteAsync(
        LocalHostProcess host, string cycleId, DateTimeOffset closesAt, params StaffMember[] people)
    {
        ArgumentNullException.ThrowIfNull(host);
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix }));
        var questionnaireOptions = new QuestionnaireOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json")).Build()
            .GetSection(QuestionnaireOptions.Section).Bind(questionnaireOptions);
        var surveyOptions = Options.Create(new SurveyOptions());
        var cycles = new SurveyCycles(tables, TimeProvider.System, surveyOptions, NullLogger<SurveyCycles>.Instance);
        var invitations = new SurveyInvitations(tables, cycles, new QuestionnaireSource(Options.Create(questionnaireOptions)),
            Options.Create(new AppOptions { PublicBaseUrl = host.BaseUrl }), surveyOptions, NullLogger<SurveyInvitations>.Instance);
        return (await invitations.InviteAsync(cycleId, people, closesAt)).Links;
    }
}
