namespace Transformation.Overtime.Interviews;

/// <summary>The input of one flag's reminder workflow: the month ("yyyy-MM") and the person.</summary>
public sealed record InterviewRun(string Month, string StaffId)
{
    /// <summary>One workflow a person and month; the id is derived, so raising the flag twice cannot start two.</summary>
    public string InstanceId => InstanceIdOf(Month, StaffId);

    public static string InstanceIdOf(string month, string staffId) => $"interview-{month}-{staffId}";
}

/// <summary>What a notice or reminder step found: the interview recorded (the workflow ends), or when to remind next.</summary>
public sealed record InterviewStep(bool Held, DateTime NextAtUtc);

/// <summary>One reminder round of a flag's workflow (the round names the mails, so a retried step sends nothing twice).</summary>
public sealed record InterviewRound(InterviewRun Run, int Round);
