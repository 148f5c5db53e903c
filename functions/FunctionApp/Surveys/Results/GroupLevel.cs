namespace Transformation.Surveys.Results;

/// <summary>Where a group sits in the hierarchy results are reported at.</summary>
public enum GroupLevel
{
    Ministry,
    Bureau,
    Division,
}
