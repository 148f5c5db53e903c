using Transformation.ThreeSixty.Assignments;

namespace Transformation.Tests.ThreeSixty.Assignments;

public sealed class SubjectGradesTests
{
    private static readonly string[] Grades = ["課長", "室長", "企画官", "参事官", "課長補佐"];

    [Fact]
    public void Staff_of_a_listed_grade_are_subjects_and_others_are_not()
    {
        var subjects = SubjectGrades.Select(SampleStaff.All, Grades).Select(s => s.StaffId);

        Assert.Equal(["H1", "H2", "K1", "K2", "K3"], subjects);
    }

    [Fact]
    public void A_grade_written_with_spaces_around_it_still_counts()
    {
        var person = SampleStaff.Person("X", " 課長補佐 ", "K1", "11");

        Assert.True(SubjectGrades.IsSubject(person, Grades));
    }

    [Fact]
    public void A_grade_that_only_contains_a_listed_grade_does_not_count()
    {
        var person = SampleStaff.Person("X", "課長代理", "K1", "11");

        Assert.False(SubjectGrades.IsSubject(person, ["課長"]));
    }
}
