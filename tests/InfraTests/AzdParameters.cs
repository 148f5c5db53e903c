using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Transformation.InfraTests;

/// <summary>
/// Resolves infra-bicep/main.parameters.json the way azd does before a provision (azd 1.23.4 or later): each
/// ${NAME} or ${NAME=default} in a value is replaced from the azd environment; a parameter the template types as
/// object or array takes the replaced text as JSON, and is left out (its default applies) when that text is empty
/// because the variable is unset.
/// </summary>
public static partial class AzdParameters
{
    public static Dictionary<string, JsonNode> Resolve(JsonObject template, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(environment);
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.InfraDirectory, "main.parameters.json")))!;
        var definitions = template["parameters"]!.AsObject();
        var resolved = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (name, parameter) in file["parameters"]!.AsObject())
        {
            var text = (string?)parameter!["value"] ?? throw new InvalidDataException($"{name}: the value is not a string");
            var unset = false;
            var value = Variable().Replace(text, m =>
            {
                if (environment.TryGetValue(m.Groups["name"].Value, out var set))
                {
                    return set;
                }

                unset = true;
                return m.Groups["default"].Value;
            });
            var type = ((string?)definitions[name]?["type"] ?? "string").ToLowerInvariant();
            switch (type)
            {
                case "object" or "array" when value.Length == 0 && unset:
                    break;
                case "object" or "array":
                    resolved[name] = JsonNode.Parse(value)
                        ?? throw new InvalidDataException($"{name}: '{value}' is not JSON");
                    break;
                case "int":
                    resolved[name] = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "bool":
                    resolved[name] = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                    break;
                default:
                    resolved[name] = value;
                    break;
            }
        }

        return resolved;
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(=(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}

/// <summary>The azd environment of the <see cref="DeploymentFixture.Azd"/> snapshot: every setting an operator sets.</summary>
public static class AzdEnvironment
{
    public const string TeamUpHrMailbox = "jinji-kikaku@ministry.example.jp";
    public const string CareSheetsHrEmail = "jinji-ryoritsu@ministry.example.jp";
    public const string StaffIdClaim = "extension_employeeNumber";

    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string>
    {
        ["AZURE_ENV_NAME"] = "infratest",
        ["AZURE_LOCATION"] = "japaneast",
        ["AZURE_AD_CLIENT_ID"] = DeploymentFixture.ClientId,
        ["SENDGRID_API_KEY"] = "SG.test-only-not-a-real-key",
        ["SURVEY_SEAL_KEY"] = "dGVzdC1vbmx5LXN1cnZleS1zZWFsLWtleS0zMi1ieXQ=",
        ["RATING_SEAL_KEY"] = "dGVzdC1vbmx5LXJhdGluZy1zZWFsLWtleS0zMi1ieXQ=",
        ["MAIL_FROM_ADDRESS"] = DeploymentFixture.MailFrom,
        ["SIGNIN_STAFF_ID_CLAIM"] = StaffIdClaim,
        ["TEAMUP_HR_MAILBOX"] = TeamUpHrMailbox,
        ["CARESHEETS_HR_EMAIL"] = CareSheetsHrEmail,
        ["SURVEY_PLAN_COORDINATORS"] = """{"200": ["2010003", "2010004"], "300": ["3010001"]}""",
        // The last two try to replace settings the template writes itself: they must not win.
        ["EXTRA_APP_SETTINGS"] = """
            {"CareSheets__HrName": "人事課（両立支援）", "Links__KeepExpiredDays": "60",
             "AzureWebJobsStorage__credential": "connectionstring", "TeamUp__HrMailbox": "someone@example.com"}
            """,
    };
}

/// <summary>Writes parameter values as a .bicepparam file, the input of `bicep snapshot`.</summary>
public static class BicepParam
{
    public static string Write(string templatePath, IReadOnlyDictionary<string, JsonNode> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var text = new System.Text.StringBuilder();
        text.Append("using '").Append(templatePath).AppendLine("'");
        foreach (var (name, value) in parameters)
        {
            text.Append("param ").Append(name).Append(" = ").AppendLine(Literal(value));
        }

        return text.ToString();
    }

    private static string Literal(JsonNode? node) => node switch
    {
        JsonObject o => "{\n" + string.Concat(o.Select(p => $"{Quote(p.Key)}: {Literal(p.Value)}\n")) + "}",
        JsonArray a => "[\n" + string.Concat(a.Select(v => Literal(v) + "\n")) + "]",
        JsonValue v when v.TryGetValue<string>(out var s) => Quote(s),
        JsonValue v => v.ToJsonString(),
        _ => "null",
    };

    private static string Quote(string value) => "'" + value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("'", "\\'", StringComparison.Ordinal)
        .Replace("${", "\\${", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal) + "'";
}
