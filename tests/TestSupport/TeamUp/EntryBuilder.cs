using Transformation.TeamUp.Entries;

namespace Transformation.Tests.Support.TeamUp;

/// <summary>
/// Team-Up entries for tests: a complete Japanese entry by default (mission, priorities, way of working, one piece of
/// work to stop, one initiative), changed with the With… methods; as the API's JSON body or as stored content.
/// </summary>
public sealed class EntryBuilder
{
    private string _mission = "国民に信頼される政策を、チーム全員でスピード感をもって届ける。";
    private string _priorities = "1. 法案準備の前倒し\n2. 若手職員の育成";
    private string _way = "毎朝15分の朝会で優先順位をそろえ、資料はクラウドで共同編集する。";
    private readonly List<(string Task, string Reason, object Hours)> _stopWork = [("会議資料の紙での印刷配布", "画面共有で足りるため", 12.5m)];
    private readonly List<(string Title, string Description, string Results)> _initiatives = [("1on1ミーティング", "課長と全職員が月1回30分話す。", "離職希望者がゼロになった。")];

    public EntryBuilder WithMission(string mission)
    {
        _mission = mission;
        return this;
    }

    public EntryBuilder WithPriorities(string priorities)
    {
        _priorities = priorities;
        return this;
    }

    public EntryBuilder WithWayOfWorking(string way)
    {
        _way = way;
        return this;
    }

    public EntryBuilder WithoutStopWork()
    {
        _stopWork.Clear();
        return this;
    }

    public EntryBuilder WithoutInitiatives()
    {
        _initiatives.Clear();
        return this;
    }

    /// <summary>Adds a piece of work to stop; <paramref name="hours"/> as the JSON will carry it (a number, or text).</summary>
    public EntryBuilder StopWork(string task, string reason, object hours)
    {
        _stopWork.Add((task, reason, hours));
        return this;
    }

    public EntryBuilder Initiative(string title, string description, string results = "")
    {
        _initiatives.Add((title, description, results));
        return this;
    }

    /// <summary>The PUT body.</summary>
    public object Json() => new
    {
        mission = _mission,
        priorities = _priorities,
        wayOfWorking = _way,
        stopWork = _stopWork.Select(s => new { task = s.Task, reason = s.Reason, hoursPerMonth = s.Hours }).ToArray(),
        initiatives = _initiatives.Select(i => new { title = i.Title, description = i.Description, results = i.Results }).ToArray(),
    };

    /// <summary>The input the validator takes.</summary>
    public EntryInput Input() => new(
        _mission,
        _priorities,
        _way,
        _stopWork.Select(s => new StopWorkInput(s.Task, s.Reason, Convert.ToString(s.Hours, System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        _initiatives.Select(i => new InitiativeInput(i.Title, i.Description, i.Results)).ToList());

    /// <summary>Stored content (hours must be numbers).</summary>
    public EntryContent Content() => new(
        _mission,
        _priorities,
        _way,
        _stopWork.Select(s => new StopWorkItem(s.Task, s.Reason, Convert.ToDecimal(s.Hours, System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        _initiatives.Select(i => new TeamInitiative(i.Title, i.Description, i.Results)).ToList());
}
