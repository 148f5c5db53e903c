namespace Transformation.Platform.Mail;

/// <summary>One recipient's message with every placeholder filled in.</summary>
public sealed record RenderedMail(string To, string Name, string Subject, string Text, string Html);
