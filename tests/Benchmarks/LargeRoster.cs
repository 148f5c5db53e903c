using System.Globalization;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Benchmarks;

/// <summary>A ministry-sized roster: 60 bureaus, 1,000 divisions, a head per division, staff reporting to their head.</summary>
public static class LargeRoster
{
    public static RosterCsvBuilder Build(int staff)
    {
        var builder = new RosterCsvBuilder().Person("T0", null, "D0000", "B000", grade: "事務次官", name: "山本 健一");
        for (var i = 1; i < staff; i++)
        {
            var division = i % 1000;
            var code = "D" + (division + 1).ToString("D4", CultureInfo.InvariantCulture);
            var bureau = "B" + (division % 60 + 1).ToString("D3", CultureInfo.InvariantCulture);
            var head = "H" + code;
            var isHead = i <= 1000;
            builder.Person(isHead ? head : "S" + i.ToString(CultureInfo.InvariantCulture), isHead ? "T0" : head, code, bureau,
                grade: isHead ? "課長" : "係員", name: "職員 " + i.ToString(CultureInfo.InvariantCulture), language: i % 50 == 0 ? "en" : "ja");
        }

        return builder;
    }
}
