using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Pages;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Tests.Links;

public sealed class ActionLinkRegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection> features)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(Azurite.NewStorageOptions()));
        services.AddSingleton(Options.Create(new AppOptions { PublicBaseUrl = LinkServices.BaseUrl }));
        services.AddSingleton<Tables>();
        services.AddSingleton<JapanTime>();
        services.AddActionLinks(configuration);
        services.AddPages(configuration);
        features(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public async Task A_feature_plugs_its_handler_in_and_the_link_page_reaches_it()
    {
        using var provider = Build(s => s.AddActionLinkHandler<TestApprovalHandler>());
        await using var scope = provider.CreateAsyncScope();
        var functions = ActivatorUtilities.CreateInstance<ActionLinkFunctions>(scope.ServiceProvider);
        var issued = await new LinkToIssue().IssueAsync(scope.ServiceProvider.GetRequiredService<ActionLinks>());

        var first = LinkHttp.Get(scope.ServiceProvider, "/links/" + issued.Token);
        await functions.Show(first.Request, issued.Token, CancellationToken.None);
        var cookie = LinkHttp.Cookie(first, "tx_link");
        var page = await functions.Page(LinkHttp.Get(scope.ServiceProvider, "/links", cookie).Request, CancellationToken.None);

        Assert.Equal(200, LinkHttp.Status(page));
        Assert.Equal([LinkToIssue.ApprovePurpose], scope.ServiceProvider.GetRequiredService<ActionLinkHandlers>().Purposes);
    }

    [Fact]
    public void Two_handlers_for_one_purpose_fail_at_start_up()
    {
        using var provider = Build(s => s
            .AddActionLinkHandler<TestApprovalHandler>()
            .AddScoped<IActionLinkHandler>(p => ActivatorUtilities.CreateInstance<TestApprovalHandler>(p)));
        using var scope = provider.CreateScope();

        var error = Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<ActionLinkHandlers>());
        Assert.Contains(LinkToIssue.ApprovePurpose, error.Message, StringComparison.Ordinal);
    }
}
