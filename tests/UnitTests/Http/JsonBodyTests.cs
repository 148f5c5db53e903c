using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Http;

namespace Transformation.Tests.Http;

public sealed class JsonBodyTests
{
    private sealed record Body(string? Kind);

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/merge-patch+json")]
    public void Json_in_utf8_is_accepted(string contentType) => Assert.True(JsonBody.IsJsonInUtf8(contentType));

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=shift_jis")]
    public void Anything_else_is_not(string? contentType) => Assert.False(JsonBody.IsJsonInUtf8(contentType));

    [Fact]
    public async Task Invalid_utf8_inside_a_string_is_a_400_on_the_body()
    {
        var (value, refusal) = await ReadAsync([.. "{\"kind\": \""u8, 0xFF, 0xFE, 0xFD, .. "\"}"u8], "application/json");

        Assert.Null(value);
        Assert.Equal(StatusCodes.Status400BadRequest, Status(refusal));
    }

    [Fact]
    public async Task An_escaped_lone_surrogate_is_a_400_not_an_exception()
    {
        var (_, refusal) = await ReadAsync(Encoding.UTF8.GetBytes("{\"kind\": \"\\ud800\"}"), "application/json");

        Assert.Equal(StatusCodes.Status400BadRequest, Status(refusal));
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_its_type_is_a_415()
    {
        var (_, refusal) = await ReadAsync(Encoding.UTF8.GetBytes("{\"kind\": \"childcare\"}"), "text/plain");

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, Status(refusal));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_its_field()
    {
        var (_, refusal) = await ReadAsync(Encoding.UTF8.GetBytes("{\"kind\": [1]}"), "application/json");

        var problem = Assert.IsType<ProblemDetails>(Assert.IsType<ObjectResult>(refusal).Value);
        Assert.Contains("kind", System.Text.Json.JsonSerializer.Serialize(problem.Extensions["errors"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_above_the_cap_is_a_413()
    {
        var (_, refusal) = await ReadAsync(Encoding.UTF8.GetBytes("{\"kind\": \"" + new string('a', 3 * 1024 * 1024) + "\"}"), "application/json");

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, Status(refusal));
    }

    [Fact]
    public async Task An_empty_optional_body_is_neither_a_value_nor_a_refusal()
    {
        var (value, refusal) = await ReadAsync([], null, optional: true);

        Assert.Null(value);
        Assert.Null(refusal);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_allowed()
    {
        var (value, _) = await ReadAsync([0xEF, 0xBB, 0xBF, .. "{\"kind\": \"育児\"}"u8], "application/json");

        Assert.Equal("育児", value!.Kind);
    }

    private static Task<(Body? Value, IActionResult? Refusal)> ReadAsync(byte[] body, string? contentType, bool optional = false)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentType = contentType;
        return JsonBody.ReadAsync<Body>(http.Request, System.Text.Json.JsonSerializerOptions.Web, CancellationToken.None, optional);
    }

    private static int? Status(IActionResult? result) => Assert.IsType<ObjectResult>(result).StatusCode;
}
