using System.Reflection;
using System.Text.RegularExpressions;
using Transformation.Platform.Localization;

namespace Transformation.Tests.Pages;

/// <summary>
/// Every text kept in a text class (a static class named …Texts, or the menu's) exists in both languages: neither
/// side empty, the English side without Japanese script, and the same placeholders on both sides.
/// </summary>
public sealed partial class TextsTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_exists_in_japanese_and_in_english_with_the_same_placeholders(string name)
    {
        var text = All().Single(t => t.Name == name).Text;

        Assert.False(string.IsNullOrWhiteSpace(text.Ja), $"{name} has no Japanese");
        Assert.False(string.IsNullOrWhiteSpace(text.En), $"{name} has no English");
        Assert.DoesNotMatch(JapaneseScript(), text.En);
        Assert.Equal(Placeholders(text.Ja), Placeholders(text.En));
    }

    [Fact]
    public void The_text_classes_are_found()
    {
        Assert.Contains(All(), t => t.Name == "HomeTexts.Title");
    }

    private static IEnumerable<(string Name, Text Text)> All() =>
        typeof(Text).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && (t.Name.EndsWith("Texts", StringComparison.Ordinal) || t.Name == "SiteMenu"))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(Text))
                .Select(f => ($"{t.Name}.{f.Name}", (Text)f.GetValue(null)!)));

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();
}
