using System.Globalization;
using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// The ranking method in words, for the results pages and the API: what <see cref="TeamUpRanking"/> does, with this rubric's
/// weights.
/// </summary>
public static class JudgingMethod
{
    public static Text Describe(IReadOnlyList<RubricCriterion> rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var weightsJa = string.Join("、", rubric.Select(c => $"{c.Ja} {Percent(c.Weight)}"));
        var weightsEn = string.Join(", ", rubric.Select(c => $"{c.En} {Percent(c.Weight)}"));
        return new Text(
            $"各審査員は、自分の局以外のエントリーを評価基準ごとに1〜5点で採点します（自局のエントリーは利益相反のため審査しません）。"
            + $"採点は基準の重み（{weightsJa}）で加重合計します。審査員による厳しさ・甘さの差をならすため、この加重点を審査員ごとに標準化します"
            + "（zスコア：その審査員が採点した全エントリーの平均を引き、標準偏差で割る）。1件しか採点していない審査員や、全エントリーに同じ点をつけた審査員の標準化点は0とします。"
            + "エントリーの得点は、採点した審査員の標準化点の平均です。すべての基準を採点していない採点票は計算に含めず、誰も採点しなかったエントリーは最下位とします。"
            + "得点が同じ場合は、(1) 1位評価（その審査員の最高点をつけた審査員の数、同点1位はそれぞれ数えます）が多い方、(2) 止める仕事の削減時間（月あたり）が多い方を上位とし、それでも並ぶ場合は同順位とします。"
            + "順位表に基づき、人事課が表彰を確定します（変更する場合は理由を付します）。",
            $"Each judge scores every entry outside their own bureau from 1 to 5 on each criterion "
            + "(entries of their own bureau are not judged: conflict of interest). "
            + $"The scores are added up with the rubric's weights ({weightsEn}). So that a harsh or lenient judge does not decide "
            + "the outcome, each judge's weighted scores are standardised "
            + "(z-score: minus the mean of all entries that judge scored, divided by the standard deviation). "
            + "A judge who scored a single entry, or gave every entry the same score, contributes 0. "
            + "An entry's score is the mean of the standardised scores of the judges who scored it. "
            + "Cards without a score for every criterion do not count; entries nobody scored come last. "
            + "Equal scores are separated by (1) more first places (judges who gave the entry their highest score; a shared top "
            + "counts for each), then (2) more hours a month of work stopped; entries still equal share the rank. "
            + "HR confirms the awards from this ranking (and states the reason for any change).");
    }

    private static string Percent(double weight) => (weight * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
