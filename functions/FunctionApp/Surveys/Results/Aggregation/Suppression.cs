namespace Transformation.Surveys.Results.Aggregation;

/// <summary>
/// Minimum reporting group with complementary suppression.
/// </summary>
/// <remarks>
/// The rule, as implemented (threshold T, e.g. 5):
/// <list type="number">
/// <item>Primary: every group (division, bureau, ministry) with fewer than T respondents is hidden, including a group with none.</item>
/// <item>Siblings: within every bureau, the hidden divisions together must have 0 or at least T respondents,
/// because a shown bureau minus its shown divisions gives exactly their total. While they have 1 to T−1,
/// the smallest still-shown division (fewest respondents, then lowest code) is hidden too. This is Viva
/// Glint's "hide the next-smallest sibling" rule, made strict: it is not enough that two groups are hidden,
/// their total must itself be a reportable group. The rule is applied to hidden bureaus as well, since a
/// hidden bureau may still be worked out from the ministry and the other bureaus.</item>
/// <item>Ministry: the ministry minus its shown bureaus minus the shown divisions of its hidden bureaus gives the
/// total of every division no shown group covers. That total too must be 0 or at least T; while it is not,
/// hide the smallest shown division inside a hidden bureau, or, when there is none, the smallest shown bureau
/// (whose smallest division the next round then hides).</item>
/// <item>Repeat until nothing changes (each round only hides, so it ends).</item>
/// </list>
/// Why this is enough: after subtracting every shown division, a shown bureau tells only the total of its hidden
/// divisions, and the ministry only the total of all uncovered divisions; every sum a reader can form is a union
/// of these totals, and each is 0 or at least T. The unit test attacks this with every linear combination.
/// The same rule protects any count that adds up the same way: an item's answers, a category's respondents,
/// the staff invited. Such a count starts from the groups already hidden for another reason (a group that
/// publishes no respondents publishes no item either), which only adds hidden groups, so the argument holds.
/// </remarks>
public static class Suppression
{
    public static SuppressionResult Apply(SuppressionTree tree, int threshold) => Apply(tree, threshold, null);

    /// <param name="alreadyHidden">Groups hidden for another reason (same indexes), kept hidden; null for none.</param>
    public static SuppressionResult Apply(SuppressionTree tree, int threshold, SuppressionResult? alreadyHidden)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var n = tree.DivisionRespondents;
        var divisionHidden = n.Select((count, d) => count < threshold || alreadyHidden?.DivisionHidden[d] == true).ToArray();
        var bureauHidden = Enumerable.Range(0, tree.BureauDivisions.Count)
            .Select(b => tree.BureauRespondents(b) < threshold || alreadyHidden?.BureauHidden[b] == true).ToArray();
        var ministryHidden = tree.MinistryRespondents < threshold || alreadyHidden?.MinistryHidden == true;

        bool changed;
        do
        {
            changed = false;
            for (var b = 0; b < tree.BureauDivisions.Count; b++)
            {
                var divisions = tree.BureauDivisions[b];
                while (IsRecoverable(HiddenTotal(divisions, divisionHidden, n), threshold)
                    && Smallest(divisions.Where(d => !divisionHidden[d]), n) is { } next)
                {
                    divisionHidden[next] = true;
                    changed = true;
                }
            }

            if (!ministryHidden)
            {
                var uncovered = Enumerable.Range(0, tree.BureauDivisions.Count)
                    .Where(b => bureauHidden[b])
                    .Sum(b => HiddenTotal(tree.BureauDivisions[b], divisionHidden, n));
                if (IsRecoverable(uncovered, threshold))
                {
                    var insideHidden = Enumerable.Range(0, tree.BureauDivisions.Count)
                        .Where(b => bureauHidden[b])
                        .SelectMany(b => tree.BureauDivisions[b])
                        .Where(d => !divisionHidden[d]);
                    if (Smallest(insideHidden, n) is { } division)
                    {
                        divisionHidden[division] = true;
                        changed = true;
                    }
                    else
                    {
                        var bureauTotals = Enumerable.Range(0, tree.BureauDivisions.Count).Select(tree.BureauRespondents).ToArray();
                        if (Smallest(Enumerable.Range(0, bureauHidden.Length).Where(b => !bureauHidden[b]), bureauTotals) is { } bureau)
                        {
                            bureauHidden[bureau] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        while (changed);

        return new SuppressionResult(ministryHidden, bureauHidden, divisionHidden);
    }

    /// <summary>A total a reader could work out that describes 1 to T−1 people.</summary>
    private static bool IsRecoverable(int total, int threshold) => total > 0 && total < threshold;

    private static int HiddenTotal(IEnumerable<int> divisions, bool[] hidden, IReadOnlyList<int> n) =>
        divisions.Where(d => hidden[d]).Sum(d => n[d]);

    /// <summary>The group with fewest respondents; ties go to the lowest index (groups are indexed in code order).</summary>
    private static int? Smallest(IEnumerable<int> candidates, IReadOnlyList<int> n)
    {
        int? best = null;
        foreach (var candidate in candidates)
        {
            if (best is null || n[candidate] < n[best.Value] || (n[candidate] == n[best.Value] && candidate < best.Value))
            {
                best = candidate;
            }
        }

        return best;
    }
}
