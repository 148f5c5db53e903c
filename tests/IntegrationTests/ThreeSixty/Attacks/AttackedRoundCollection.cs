namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>The attacks share one run of the round.</summary>
[CollectionDefinition(Name)]
public sealed class AttackedRoundCollection : ICollectionFixture<AttackedRound>
{
    public const string Name = "attacked 360 round";
}
