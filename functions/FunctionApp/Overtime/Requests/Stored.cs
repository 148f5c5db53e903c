using Azure;

namespace Transformation.Overtime.Requests;

/// <summary>A value as read, with the ETag a write must match (so a write based on a stale read fails instead of winning).</summary>
public sealed record Stored<T>(T Value, ETag ETag);
