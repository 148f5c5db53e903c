using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>
/// Reduced row echelon form of small real systems: is a vector a linear combination of the rows?
/// Every kept row is 1 at its pivot and 0 at every other row's pivot, so one pass reduces a vector.
/// </summary>
internal sealed class RowEchelon
{
    private const double Epsilon = 1e-9;
    private readonly List<(int Pivot, double[] Row)> _rows = [];

    public static RowEchelon Of(IEnumerable<double[]> rows)
    {
        var echelon = new RowEchelon();
        foreach (var row in rows)
        {
            echelon.Add(row);
        }

        return echelon;
    }

    public bool Spans(double[] vector) => Reduce(vector).All(v => Math.Abs(v) <= Epsilon);

    private void Add(double[] row)
    {
        var reduced = Reduce(row);
        var pivot = Array.FindIndex(reduced, v => Math.Abs(v) > Epsilon);
        if (pivot < 0)
        {
            return;
        }

        var scale = reduced[pivot];
        var normal = reduced.Select(v => v / scale).ToArray();
        foreach (var (_, existing) in _rows)
        {
            var factor = existing[pivot];
            for (var i = 0; i < existing.Length; i++)
            {
                existing[i] -= factor * normal[i];
            }
        }

        _rows.Add((pivot, normal));
    }

    private double[] Reduce(double[] vector)
    {
        var reduced = (double[])vector.Clone();
        foreach (var (pivot, row) in _rows)
        {
            var factor = reduced[pivot];
            if (Math.Abs(factor) > Epsilon)
            {
                for (var i = 0; i < reduced.Length; i++)
                {
                    reduced[i] -= factor * row[i];
                }
            }
        }

        return reduced;
    }
}
