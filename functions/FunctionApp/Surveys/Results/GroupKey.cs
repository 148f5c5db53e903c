namespace Transformation.Surveys.Results;

/// <summary>A reporting group: the ministry, a bureau (局) by code or a division (課室) by code.</summary>
public readonly record struct GroupKey(GroupLevel Level, string Code)
{
    public const string MinistryCode = "ministry";

    public static GroupKey Ministry { get; } = new(GroupLevel.Ministry, MinistryCode);

    public static GroupKey Bureau(string code) => new(GroupLevel.Bureau, code);

    public static GroupKey Division(string code) => new(GroupLevel.Division, code);

    public override string ToString() => $"{Level}:{Code}";
}
