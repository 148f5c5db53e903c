using Transformation.CareSheets.Sheets;
using Transformation.Organisation;
using Transformation.Platform.Security;

namespace Transformation.Home;

/// <summary>Care sheets on the home page: sheets waiting for the caller's decision, and their own sheets.</summary>
public sealed class CareSheetHomeTasks(CareSheetStore store) : IHomeTasks
{
    private const int Shown = 10;

    public int Order => 10;

    public async Task<HomeSection?> ForAsync(Caller caller, StaffMember? person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var tasks = new List<HomeTask>();
        var toDecide = (await store.ListAsync(state: CareSheetState.Pending, cancellationToken: cancellationToken))
            .Where(s => CareSheetAccess.MayDecide(caller, s)).ToList();
        tasks.AddRange(toDecide.Take(Shown).Select(s =>
            new HomeTask(HomeTexts.SheetToDecide.With(s.OwnerName, s.Version), $"/care-sheets/{s.Id}")));
        if (toDecide.Count > Shown)
        {
            tasks.Add(new HomeTask(HomeTexts.AllToDecide.With(toDecide.Count), "/care-sheets/to-approve"));
        }

        if (person is not null)
        {
            var mine = await store.ListAsync(ownerId: caller.StaffId, cancellationToken: cancellationToken);
            var returned = mine.Count(s => s.State == CareSheetState.Returned);
            tasks.Add(new HomeTask(HomeTexts.MySheets, "/care-sheets", HomeTexts.MySheetsCount.With(mine.Count, returned)));
            tasks.Add(new HomeTask(HomeTexts.NewSheet, "/care-sheets/new"));
        }

        return tasks.Count == 0 ? null : new HomeSection("care-sheets", HomeTexts.CareSheets, tasks);
    }
}
