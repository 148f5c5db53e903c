using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Http;

namespace Transformation.Tests.Http;

public sealed class RequestGateTests
{
    private static readonly HttpLimitOptions Limits = new() { MaxBodyBytes = 100_000, MaxUploadBytes = 1_000_000 };

    [Fact]
    public void A_declared_body_above_the_cap_is_refused_before_it_is_read()
    {
        var refusal = RequestGate.Check(Request("/things/1", contentLength: 100_001), Method(nameof(Routes.Thing)), Limits);

        Assert.Equal(new GateRefusal(StatusCodes.Status413PayloadTooLarge, 100_000), refusal);
    }

    [Fact]
    public void An_upload_route_takes_the_upload_cap()
    {
        Assert.Null(RequestGate.Check(Request("/upload", contentLength: 900_000), Method(nameof(Routes.Upload)), Limits));
    }

    [Fact]
    public void An_id_in_the_address_that_cannot_exist_is_a_404()
    {
        var refusal = RequestGate.Check(Request("/things/" + new string('x', 1200)), Method(nameof(Routes.Thing)), Limits);

        Assert.Equal(StatusCodes.Status404NotFound, refusal?.Status);
    }

    [Fact]
    public void A_plausible_id_passes()
    {
        Assert.Null(RequestGate.Check(Request("/things/D-1"), Method(nameof(Routes.Thing)), Limits));
    }

    [Fact]
    public void An_id_given_as_a_query_parameter_that_cannot_exist_is_a_400_naming_it()
    {
        var http = Request("/things/D-1");
        http.Request.QueryString = new QueryString("?snapshot=" + new string('s', 1200));

        var refusal = RequestGate.Check(http, Method(nameof(Routes.Thing)), Limits);

        Assert.Equal(new GateRefusal(StatusCodes.Status400BadRequest, Parameter: "snapshot"), refusal);
    }

    private static DefaultHttpContext Request(string path, long? contentLength = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Request.ContentLength = contentLength;
        return http;
    }

    private static MethodInfo Method(string name) => typeof(Routes).GetMethod(name)!;

    private static class Routes
    {
        public static void Thing([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "things/{id}")] HttpRequest request, string id)
        {
        }

        [AcceptsUpload]
        public static void Upload([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "upload")] HttpRequest request)
        {
        }
    }
}
