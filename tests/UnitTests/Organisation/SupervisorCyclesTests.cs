using Transformation.Organisation.Import;

namespace Transformation.Tests.Organisation;

public sealed class SupervisorCyclesTests
{
    [Fact]
    public void A_tree_has_no_cycles()
    {
        var cycles = SupervisorCycles.Find(["T", "A", "B", "C"], Links(("A", "T"), ("B", "A"), ("C", "A")));

        Assert.Empty(cycles);
    }

    [Fact]
    public void Two_people_supervising_each_other_are_a_cycle()
    {
        var cycle = Assert.Single(SupervisorCycles.Find(["A", "B"], Links(("A", "B"), ("B", "A"))));

        Assert.Equal(["A", "B", "A"], cycle);
    }

    [Fact]
    public void A_cycle_with_people_hanging_below_it_is_found_once_starting_at_its_first_listed_member()
    {
        var people = new[] { "X", "C", "A", "B", "Y" };
        var links = Links(("X", "A"), ("A", "B"), ("B", "C"), ("C", "A"), ("Y", "X"));

        var cycle = Assert.Single(SupervisorCycles.Find(people, links));

        Assert.Equal(["C", "A", "B", "C"], cycle);
    }

    [Fact]
    public void Separate_cycles_are_each_found()
    {
        var cycles = SupervisorCycles.Find(["A", "B", "T", "C", "D", "E"], Links(("A", "B"), ("B", "A"), ("C", "D"), ("D", "E"), ("E", "C")));

        Assert.Equal(2, cycles.Count);
        Assert.Equal(["A", "B", "A"], cycles[0]);
        Assert.Equal(["C", "D", "E", "C"], cycles[1]);
    }

    [Fact]
    public void A_long_chain_is_walked_without_recursion()
    {
        var people = Enumerable.Range(0, 200_000).Select(i => "P" + i).ToList();
        var links = Enumerable.Range(1, people.Count - 1).ToDictionary(i => people[i], i => people[i - 1]);

        Assert.Empty(SupervisorCycles.Find(people, links));
    }

    private static Dictionary<string, string> Links(params (string Person, string Supervisor)[] links) =>
        links.ToDictionary(l => l.Person, l => l.Supervisor, StringComparer.Ordinal);
}
