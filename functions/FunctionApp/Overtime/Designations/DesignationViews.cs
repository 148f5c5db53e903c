using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Designations;

/// <summary>The API's board: every division of the current roster, its designation today and its changes.</summary>
public sealed record DesignationBoardView(string Today, IReadOnlyList<DivisionDesignationView> Divisions)
{
    public static DesignationBoardView Of(DesignationBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return new(DesignationNames.Date(board.Today), [.. board.Divisions.Select(DivisionDesignationView.Of)]);
    }
}

/// <summary>One division in the API: <c>designation</c> is today's, <c>changes</c> every dated change, oldest first.</summary>
public sealed record DivisionDesignationView(
    string DivisionCode, string DivisionName, string BureauCode, string BureauName, string Designation, IReadOnlyList<DesignationChangeView> Changes)
{
    public static DivisionDesignationView Of(DivisionDesignation d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var division = d.Division;
        return new(division.Code, division.Name, division.BureauCode, division.BureauName, DesignationNames.Of(d.Today),
            [.. d.Changes.Select(c => new DesignationChangeView(
                DesignationNames.Date(c.EffectiveFrom), DesignationNames.Of(c.Designation), c.SetBy, c.SetAt))]);
    }
}

/// <summary>A dated change: from <c>effectiveFrom</c> the division is <c>designation</c>; set by a member of HR at <c>setAt</c>.</summary>
public sealed record DesignationChangeView(string EffectiveFrom, string Designation, string SetBy, DateTimeOffset SetAt);

/// <summary>The body of a PUT: the designation from the date in the address, <c>ordinary</c> or <c>other-directed</c>.</summary>
public sealed record DesignationRequest(string? Designation);

/// <summary>What an import set.</summary>
public sealed record DesignationImportView(int Written);
