using Transformation.TeamUp.Workflow;

namespace Transformation.Tests.TeamUp;

/// <summary>The panel form's text read as staff ids, each with the line an error about it will name.</summary>
public sealed class PanelLinesTests
{
    [Fact]
    public void Each_id_keeps_the_line_it_was_written_on_and_blank_lines_are_skipped()
    {
        var ids = PanelLines.Parse("2010003\r\n\r\n  2020002  \n");

        Assert.Equal([new PanelLine(1, "2010003"), new PanelLine(3, "2020002")], ids);
    }

    [Fact]
    public void Full_width_digits_and_spaces_typed_on_a_japanese_keyboard_read_as_ascii()
    {
        var ids = PanelLines.Parse("２０１０００３　２０２０００２");

        Assert.Equal([new PanelLine(1, "2010003"), new PanelLine(1, "2020002")], ids);
    }

    [Fact]
    public void Commas_separate_ids_on_one_line()
    {
        var ids = PanelLines.Parse("J1,J2、J3");

        Assert.Equal(["J1", "J2", "J3"], ids.Select(i => i.StaffId));
        Assert.All(ids, i => Assert.Equal(1, i.Line));
    }

    [Fact]
    public void An_empty_form_gives_no_id()
    {
        Assert.Empty(PanelLines.Parse("\n \n"));
        Assert.Empty(PanelLines.Parse(null));
    }
}
