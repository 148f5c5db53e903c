namespace Transformation.Overtime.Designations;

/// <summary>Which caps of 人事院規則15-14 第16条の2の2 a division's staff are held to on a day.</summary>
public enum DesignationKind
{
    /// <summary>A division not designated: the ordinary caps (45 h a month, 360 h a year).</summary>
    Ordinary,

    /// <summary>A division designated 他律的業務の比重が高い部署 (work paced by others, such as the Diet or other governments): the higher caps.</summary>
    ExternallyDriven,
}
