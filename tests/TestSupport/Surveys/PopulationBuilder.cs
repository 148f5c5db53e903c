using Transformation.Surveys.Results;

namespace Transformation.Tests.Support.Surveys;

/// <summary>Bureaus and divisions with invited counts; names are derived from codes.</summary>
public sealed class PopulationBuilder
{
    private readonly List<PopulationDivision> _divisions = [];

    public PopulationBuilder Division(string bureau, string division, int invited = 50)
    {
        _divisions.Add(new PopulationDivision(division, $"{division}課", bureau, $"{bureau}局", invited));
        return this;
    }

    public SurveyPopulation Build() => new(_divisions.ToList());
}
