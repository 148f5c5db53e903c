using Microsoft.Extensions.Configuration;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>The questionnaire that ships with the app, and the start-up check that guards edits to it.</summary>
public sealed class QuestionnaireFileTests
{
    public static QuestionnaireOptions ShippedOptions()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json"), optional: false)
            .Build();
        var options = new QuestionnaireOptions();
        configuration.GetSection(QuestionnaireOptions.Section).Bind(options);
        return options;
    }

    public static SurveyQuestionnaire Shipped() => QuestionnaireSource.Build(ShippedOptions());

    [Fact]
    public void The_shipped_questionnaire_has_about_sixty_items_in_work_workplace_organisation()
    {
        var questionnaire = Shipped();

        Assert.Equal(["work", "workplace", "organisation"], questionnaire.Categories.Select(c => c.Id));
        Assert.Equal(["仕事", "職場", "組織"], questionnaire.Categories.Select(c => c.Name.Ja));
        Assert.InRange(questionnaire.Items.Count(), 55, 65);
        Assert.All(questionnaire.Categories, c => Assert.InRange(c.Items.Count, 15, 25));
        Assert.Equal(questionnaire.Items.Count(), questionnaire.Items.Select(i => i.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.False(string.IsNullOrWhiteSpace(questionnaire.Version));
    }

    [Fact]
    public void Every_item_reads_in_Japanese_and_in_English_and_keeps_its_category_letter()
    {
        var questionnaire = Shipped();
        var letters = new Dictionary<string, char> { ["work"] = 'W', ["workplace"] = 'P', ["organisation"] = 'O' };

        Assert.All(questionnaire.Items, item =>
        {
            Assert.Contains(item.Statement.Ja, c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff');
            Assert.Matches("^[A-Z][A-Za-z0-9 ,'()-]+[a-z.]$", item.Statement.En);
            Assert.Equal(letters[item.CategoryId], item.Id[0]);
        });
        Assert.Contains(questionnaire.Items, i => i.Statement.Ja == "自分の仕事が組織の目標にどう貢献しているか理解している");
    }

    [Fact]
    public void A_broken_file_is_refused_with_every_fault_named()
    {
        var options = ShippedOptions();
        options.Categories[0].Items[1].Id = options.Categories[0].Items[0].Id;
        options.Categories[1].Items[0].En = "";
        options.Categories[2].Id = "culture";

        var errors = QuestionnaireValidation.Check(options);

        Assert.Contains(errors, e => e.Contains("'W01' is used more than once", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("item 'P01' needs a statement in Japanese (Ja) and in English (En)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("category 'culture' is not one of work, workplace, organisation", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("Setting Surveys:Questionnaire", e, StringComparison.Ordinal));
        var thrown = Assert.Throws<InvalidOperationException>(() => QuestionnaireSource.Build(options));
        Assert.Contains("W01", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_at_start_up()
    {
        var errors = QuestionnaireValidation.Check(new QuestionnaireOptions());

        Assert.Contains(errors, e => e.Contains("workflows/survey-questionnaire.json", StringComparison.Ordinal));
    }
}
