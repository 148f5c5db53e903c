using Transformation.Platform.Localization;

namespace Transformation.Home;

/// <summary>What the home page shows a person: one section per process that has something for them.</summary>
public sealed record HomeView(string Greeting, IReadOnlyList<HomeSection> Sections);

/// <summary>One process's part of the home page: its tasks for the reader, or a line saying there are none.</summary>
public sealed record HomeSection(string Id, Text Heading, IReadOnlyList<HomeTask> Tasks, Text? NothingToDo = null);

/// <summary>
/// A page where the reader has something to do or to read (no link when the way in is their own mail);
/// <see cref="Detail"/> says what waits.
/// </summary>
public sealed record HomeTask(Text Label, string? Href, Text? Detail = null);
