using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Tests.Links;

/// <summary>The real link service on fresh Azurite tables, with the real clock.</summary>
public sealed class LinkServices
{
    public static readonly Uri BaseUrl = new("https://transformation.example/");

    public LinkServices()
    {
        Tables = Azurite.NewTables();
        App = Options.Create(new AppOptions { PublicBaseUrl = BaseUrl });
        Links = new ActionLinks(Tables, TimeProvider.System, App, NullLogger<ActionLinks>.Instance);
    }

    public Tables Tables { get; }

    public IOptions<AppOptions> App { get; }

    public ActionLinks Links { get; }
}
