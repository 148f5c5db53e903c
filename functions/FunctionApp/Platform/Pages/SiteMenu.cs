using Transformation.Platform.Localization;
using Transformation.Platform.Pages.Components;
using Transformation.Platform.Security;

namespace Transformation.Platform.Pages;

/// <summary>
/// The header menu: the pages a signed-in person may always use, by role. Pages of a year's cycle or season are
/// reached from the home page, which knows which ones exist.
/// </summary>
public static class SiteMenu
{
    public static readonly Text Home = new("ホーム", "Home");
    public static readonly Text CareSheets = new("育児・介護シート", "Care sheets");
    public static readonly Text ToApprove = new("承認待ち", "To approve");
    public static readonly Text Roster = new("名簿の取込", "Roster import");
    public static readonly Text SurveyCycles = new("職員調査の運営", "Staff survey");
    public static readonly Text TeamUpSeasons = new("チームアップの運営", "Team-Up Challenge");
    public static readonly Text ThreeSixty = new("360度調査の運営", "360-degree survey");
    public static readonly Text Overtime = new("超過勤務", "Overtime");
    public static readonly Text OvertimeToApprove = new("超過勤務の承認", "Overtime to approve");
    public static readonly Text OvertimeDesignations = new("超過勤務の上限区分", "Overtime cap designations");
    public static readonly Text OvertimeActuals = new("超過勤務実績の取込", "Overtime actuals import");
    public static readonly Text OvertimeInterviews = new("面接指導の対象者", "Doctor's interviews");
    public static readonly Text OvertimeSummary = new("超過勤務の月次集計", "Overtime summary");
    public static readonly Text OvertimeSpecialDuty = new("特例業務の分析", "Special duty analysis");
    public static readonly Text Attention = new("要対応", "Needs attention");
    public static readonly Text AllSheets = new("全シートの一覧", "All care sheets");
    public static readonly Text SignOut = new("サインアウト", "Sign out");

    public static IReadOnlyList<MenuLink> For(Caller? caller)
    {
        if (caller is null)
        {
            return [];
        }

        var links = new List<MenuLink> { new(Home, "/"), new(CareSheets, "/care-sheets"), new(ToApprove, "/care-sheets/to-approve"),
            new(Overtime, "/overtime"), new(OvertimeToApprove, "/overtime/approvals") };
        if (caller.IsIn(Roles.DivisionHead) && !caller.IsIn(Roles.HrAdmin))
        {
            links.Add(new(OvertimeSummary, "/overtime/summary"));
        }

        if (caller.IsIn(Roles.HrAdmin))
        {
            links.Add(new(Attention, "/attention"));
            links.Add(new(AllSheets, "/care-sheets/all"));
            links.Add(new(SurveyCycles, "/survey-cycles"));
            links.Add(new(TeamUpSeasons, "/team-up-seasons"));
            links.Add(new(ThreeSixty, "/360/rounds"));
            links.Add(new(OvertimeDesignations, "/overtime/designations"));
            links.Add(new(OvertimeActuals, "/overtime/actuals/import"));
            links.Add(new(OvertimeSummary, "/overtime/summary/ministry"));
            links.Add(new(OvertimeSpecialDuty, "/overtime/special-duty"));
            links.Add(new(Roster, "/organisation/roster"));
        }

        if (caller.IsIn(Roles.HrAdmin) || caller.IsIn(Roles.HealthOffice))
        {
            links.Add(new(OvertimeInterviews, "/overtime/interviews"));
        }

        links.Add(new(SignOut, "/sign-out"));
        return links;
    }
}
