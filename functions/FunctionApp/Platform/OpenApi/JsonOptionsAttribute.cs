using System.Reflection;
using System.Text.Json;

namespace Transformation.Platform.OpenApi;

/// <summary>
/// The serializer options the functions of a class answer with, when they are not the API's usual ones (web defaults,
/// enums by camelCase name): the OpenAPI document exports the class's schemas with them, so enum names match.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class JsonOptionsAttribute(Type holder, string member) : Attribute
{
    public Type Holder { get; } = holder;

    public string Member { get; } = member;

    public JsonSerializerOptions Options =>
        (Holder.GetField(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? Holder.GetProperty(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)) as JsonSerializerOptions
        ?? throw new InvalidOperationException($"{Holder.Name}.{Member} is not public static JsonSerializerOptions.");
}
