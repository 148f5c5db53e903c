namespace Transformation.Tests.Surveys.Attacks;

/// <summary>The attacks share one run of the cycle.</summary>
[CollectionDefinition(Name)]
public sealed class AttackedCycleCollection : ICollectionFixture<AttackedCycle>
{
    public const string Name = "attacked survey cycle";
}
