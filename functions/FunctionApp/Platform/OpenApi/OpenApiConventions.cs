using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Transformation.Platform.Http;
using Transformation.Platform.Security;
using Transformation.Surveys.Results;
using Transformation.TeamUp.Seasons;

namespace Transformation.Platform.OpenApi;

/// <summary>
/// The parts of the OpenAPI document that no type or attribute of a function says: the problem+json shape
/// (<see cref="Problems"/> builds it from ProblemDetails and its errors), how pages and uploads are sent, the sign-in
/// schemes, the feature tags and the words for each status. Everything else is read from the functions.
/// </summary>
public static class OpenApiConventions
{
    public const string Json = "application/json";
    public const string ProblemName = "Problem";

    private static readonly (string Prefix, string Tag, string Description)[] Tags =
    [
        ("organisation", "Organisation", "The roster: import, look-ups of people, divisions and bureaus."),
        ("care-sheets", "Care sheets", "Childcare and caregiving sheets and their approval."),
        ("links", "Emailed links", "One-time links sent by mail; the token is the credential."),
        ("survey", "Survey", "The annual organisational survey: cycles, answers, results, improvement plans."),
        ("team-up", "Team-Up", "The Team-Up Challenge: seasons, entries, judging, awards."),
        ("attention", "Needs attention", "Workflows that will not finish by themselves, and the safe actions on them."),
        ("sign", "Sign-in", "Browser sign-in with the ministry's account."),
        (string.Empty, "Platform", "Home page, health and this document."),
    ];

    public static JsonObject Info() => new()
    {
        ["title"] = "Organisational transformation workflows",
        ["version"] = "1.0",
        ["description"] = "API routes start with /api/ and take a bearer token; pages and emailed links answer HTML. "
            + "Refusals are application/problem+json in the caller's language (Accept-Language or ?lang=).",
    };

    /// <summary>The feature a route belongs to, by its first segment after api/.</summary>
    public static string TagOf(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var path = route.StartsWith("api/", StringComparison.Ordinal) ? route[4..] : route;
        return Tags.First(t => path.StartsWith(t.Prefix, StringComparison.Ordinal)).Tag;
    }

    public static JsonArray TagList() =>
        [.. Tags.Select(t => (JsonNode)new JsonObject { ["name"] = t.Tag, ["description"] = t.Description })];

    /// <summary>ProblemDetails as <see cref="Problems"/> writes it, with the field errors of a 400.</summary>
    public static JsonObject Problem() => new()
    {
        ["type"] = "object",
        ["description"] = "RFC 9457 problem details; title and detail in the caller's language.",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["instance"] = new JsonObject { ["type"] = "string" },
            ["errors"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "What is wrong and where (400 only).",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["field"] = new JsonObject { ["type"] = "string", ["description"] = "The field, its JSON path, or 'body'." },
                        ["line"] = new JsonObject { ["type"] = new JsonArray("integer", "null"), ["description"] = "The line of an uploaded file." },
                        ["message"] = new JsonObject { ["type"] = "string" },
                    },
                    ["required"] = new JsonArray("field", "message"),
                },
            },
        },
        ["required"] = new JsonArray("title", "status"),
    };

    public static JsonObject SecuritySchemes() => new()
    {
        ["bearer"] = new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "bearer",
            ["bearerFormat"] = "JWT",
            ["description"] = "Entra ID access token (locally POST /dev/token); app roles: " + string.Join(", ", Roles.All),
        },
        ["session"] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "cookie",
            ["name"] = new SignInOptions().SessionCookieName,
            ["description"] = "The browser session opened at /sign-in; pages only, API routes ignore it.",
        },
    };

    /// <summary>A signed-in route: a bearer token with one of the roles, or for a page also the browser session.</summary>
    public static JsonArray Security(IReadOnlyList<string> roles, bool api)
    {
        ArgumentNullException.ThrowIfNull(roles);
        JsonObject Scheme(string name) => new() { [name] = new JsonArray([.. roles.Select(r => (JsonNode)r)]) };
        return api ? [Scheme("bearer")] : [Scheme("bearer"), Scheme("session")];
    }

    /// <summary>The roster import: the CSV itself, or a form with the file in "file".</summary>
    public static JsonObject Upload() => new()
    {
        ["required"] = true,
        ["content"] = new JsonObject
        {
            ["text/csv"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["contentMediaType"] = "text/csv" } },
            ["multipart/form-data"] = new JsonObject
            {
                ["schema"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["file"] = new JsonObject { ["type"] = "string", ["contentMediaType"] = "text/csv" } },
                    ["required"] = new JsonArray("file"),
                },
            },
        },
    };

    /// <summary>An id in an address: <see cref="RouteIds"/>, or the exact length a route's constraint asks.</summary>
    public static JsonObject Id(int? length) => new()
    {
        ["type"] = "string",
        ["minLength"] = length ?? 1,
        ["maxLength"] = length ?? RouteIds.MaxLength,
        ["description"] = "Letters, digits, '-', '_', '.' or '~'.",
    };

    /// <summary>A value of the query string (<see cref="QueryParameterAttribute"/>); never required.</summary>
    public static JsonObject Query(string name, string description, bool wholeNumber) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["required"] = false,
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = wholeNumber ? "integer" : "string" },
    };

    /// <summary>?lang=, which every route reads: a page's language, or an API route's texts and refusals.</summary>
    public static JsonObject Lang(bool api)
    {
        var lang = Query("lang",
            api ? "Language of the texts and refusals: ja or en (without it, Accept-Language; else Japanese)."
                : "Language of the page: ja or en (without it, the reader's roster language, then Accept-Language; else Japanese).",
            wholeNumber: false);
        lang["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("ja", "en") };
        return lang;
    }

    /// <summary>The ETag read, on a conditional write; without it (and, where creating is allowed, without If-None-Match) 428.</summary>
    public static JsonObject IfMatch(bool required) => new()
    {
        ["name"] = "If-Match",
        ["in"] = "header",
        ["required"] = required,
        ["description"] = required
            ? "The ETag read. Without it 428; 409 when the thing has changed since."
            : "The ETag read, to change what exists; 409 when it has changed since. Without it and without If-None-Match: 428.",
        ["schema"] = new JsonObject { ["type"] = "string" },
    };

    public static JsonObject IfNoneMatch() => new()
    {
        ["name"] = "If-None-Match",
        ["in"] = "header",
        ["required"] = false,
        ["description"] = "* for the first write (409 when the thing exists already).",
        ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("*") },
    };

    /// <summary>The ETag of what an answer shows (<see cref="AnswersETagAttribute"/>).</summary>
    public static JsonObject ETagHeader() => new()
    {
        ["ETag"] = new JsonObject
        {
            ["description"] = "The version of what is shown: send it back in If-Match to write it.",
            ["schema"] = new JsonObject { ["type"] = "string" },
        },
    };

    /// <summary>
    /// The answers that functions build as anonymous objects (a record of the feature's own wrapped in a small envelope),
    /// by operation id; their parts are still exported from the records.
    /// </summary>
    public static JsonNode? AnswerOf(string operationId, OpenApiSchemas schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        JsonObject Text() => new() { ["type"] = "string" };
        JsonObject Flag() => new() { ["type"] = "boolean" };
        return operationId switch
        {
            "SurveyFollowThroughStart" => Object(
                ("instanceId", Text()), ("cycleId", Text()), ("rosterSnapshotId", Text()), ("started", Flag())),
            "SurveyResultsApi" => Object(("cycleId", Text()), ("group", schemas.Of(typeof(GroupResult)))),
            "TeamUpPanelPut" => Object(("seasonId", Text()), ("phase", Text()), ("judges", new JsonObject
            {
                ["type"] = "array",
                ["items"] = Object(("staffId", Text()), ("name", Text()), ("bureauCode", Text()), ("bureauName", Text())),
            }), ("workflowNotified", Flag())),
            "TeamUpAwardPost" => Object(("seasonId", Text()), ("decision", schemas.Of(typeof(AwardDecision))),
                ("places", schemas.Of(typeof(List<AwardPlace>))), ("workflowNotified", Flag())),
            _ => null,
        };
    }

    private static JsonObject Object(params (string Name, JsonNode Schema)[] properties)
    {
        var schema = new JsonObject();
        foreach (var (name, value) in properties)
        {
            schema[name] = value;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = schema,
            ["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Name)]),
        };
    }

    public static bool IsJson(string contentType) =>
        contentType.Equals(Json, StringComparison.OrdinalIgnoreCase) || contentType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    public static JsonObject File() => new() { ["type"] = "string", ["contentEncoding"] = "binary" };

    public static JsonObject JsonAnswer(string description, JsonNode schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { [Json] = new JsonObject { ["schema"] = schema } },
    };

    public static JsonObject Html(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["text/html"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } },
    };

    public static JsonObject SeeOther() => new()
    {
        ["description"] = "See other: where to go next.",
        ["headers"] = new JsonObject
        {
            ["Location"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" }, ["description"] = "A path of this site." },
        },
    };

    /// <summary>A refusal: problem+json; a page also answers a readable page (to a browser, or for what it checks itself).</summary>
    public static JsonObject Refusal(int status, bool page)
    {
        var content = new JsonObject
        {
            [Problems.ContentType] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + ProblemName } },
        };
        if (page)
        {
            content["text/html"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } };
        }

        return new JsonObject { ["description"] = Describe(status), ["content"] = content };
    }

    public static string Describe(int status) => status switch
    {
        StatusCodes.Status200OK => "OK.",
        StatusCodes.Status201Created => "Created.",
        StatusCodes.Status202Accepted => "Accepted: the workflow has started.",
        StatusCodes.Status204NoContent => "Done; no body.",
        StatusCodes.Status400BadRequest => "Bad input: what is wrong and where; nothing was written.",
        StatusCodes.Status401Unauthorized => "Not signed in.",
        StatusCodes.Status403Forbidden => "Signed in without a role or scope that may do this.",
        StatusCodes.Status404NotFound => "Not found, or an id that cannot exist (not 1-128 letters, digits, '-', '_', '.', '~').",
        StatusCodes.Status409Conflict => "The state does not allow it now, or someone changed it first.",
        StatusCodes.Status410Gone => "No longer usable (expired, used, closed or replaced).",
        StatusCodes.Status413PayloadTooLarge => "The body is above the route's cap.",
        StatusCodes.Status415UnsupportedMediaType => "The body is not UTF-8 JSON.",
        StatusCodes.Status428PreconditionRequired => "If-Match (or If-None-Match: * to create) is required.",
        StatusCodes.Status503ServiceUnavailable => "Unavailable.",
        _ => "Status " + status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
    };
}
