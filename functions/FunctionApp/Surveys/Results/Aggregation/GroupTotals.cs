namespace Transformation.Surveys.Results.Aggregation;

/// <summary>Counts of one group: its divisions' counts added up (a division's are its own).</summary>
internal sealed record GroupTotals(int Respondents, int[] Counts, int[] CategoryRespondents)
{
    public static Func<LayoutGroup, GroupTotals> Sum(
        GroupLayout layout, int items, int categories, int[] counts, int[] respondents, int[] categoryRespondents)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var block = items * 5;
        return group =>
        {
            var sum = new int[block];
            var categorySum = new int[categories];
            var people = 0;
            foreach (var division in group.Divisions)
            {
                people += respondents[division];
                var from = counts.AsSpan(division * block, block);
                for (var i = 0; i < block; i++)
                {
                    sum[i] += from[i];
                }

                for (var c = 0; c < categories; c++)
                {
                    categorySum[c] += categoryRespondents[(division * categories) + c];
                }
            }

            return new GroupTotals(people, sum, categorySum);
        };
    }
}
