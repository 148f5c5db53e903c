using Microsoft.Extensions.Options;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Publication;

/// <summary>Reads participation counts (through their public read) and applies <see cref="ResponseRateReport"/>.</summary>
public sealed class ResponseRates(
    SurveyCycles cycles, SurveyInvitations invitations, SurveyResultsStore results, IOptions<SurveyResultsOptions> options)
{
    /// <summary>The cycle's rates as HR may see them; null when there is no such cycle.</summary>
    public async Task<ResponseRateView?> OfAsync(string cycleId, CancellationToken cancellationToken)
    {
        if (!SurveyCycleIds.IsValid(cycleId) || await cycles.GetAsync(cycleId, cancellationToken) is null)
        {
            return null;
        }

        var counts = await invitations.ResponseRateAsync(cycleId, cancellationToken);
        var published = await results.LoadAsync(cycleId, cancellationToken);
        return ResponseRateReport.Build(counts, options.Value.MinGroupForScores, published);
    }
}
