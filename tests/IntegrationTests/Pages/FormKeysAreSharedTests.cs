using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Platform.Pages;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Tests.Pages;

/// <summary>
/// A form served by one instance (or before a restart) is accepted by another: the key ring that
/// protects anti-forgery tokens is kept in Table Storage, not in one process's memory.
/// </summary>
public sealed class FormKeysAreSharedTests
{
    [Fact]
    public async Task A_form_token_from_one_instance_is_valid_on_another()
    {
        var storage = Azurite.NewStorageOptions();
        using var first = Instance(storage);
        using var second = Instance(storage);
        var served = new DefaultHttpContext { RequestServices = first };
        var tokens = first.GetRequiredService<IAntiforgery>().GetAndStoreTokens(served);

        var posted = new DefaultHttpContext { RequestServices = second };
        posted.Request.Method = "POST";
        posted.Request.Headers.Cookie = $"{PageRegistration.AntiforgeryCookie}={tokens.CookieToken}";
        posted.Request.ContentType = "application/x-www-form-urlencoded";
        posted.Request.Form = new FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { [tokens.FormFieldName] = tokens.RequestToken });

        Assert.True(await second.GetRequiredService<IAntiforgery>().IsRequestValidAsync(posted));
    }

    [Fact]
    public async Task A_form_token_from_an_instance_with_another_key_ring_is_refused()
    {
        using var first = Instance(Azurite.NewStorageOptions());
        using var stranger = Instance(Azurite.NewStorageOptions());
        var tokens = first.GetRequiredService<IAntiforgery>().GetAndStoreTokens(new DefaultHttpContext { RequestServices = first });

        var posted = new DefaultHttpContext { RequestServices = stranger };
        posted.Request.Method = "POST";
        posted.Request.Headers.Cookie = $"{PageRegistration.AntiforgeryCookie}={tokens.CookieToken}";
        posted.Request.ContentType = "application/x-www-form-urlencoded";
        posted.Request.Form = new FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { [tokens.FormFieldName] = tokens.RequestToken });

        Assert.False(await stranger.GetRequiredService<IAntiforgery>().IsRequestValidAsync(posted));
    }

    private static ServiceProvider Instance(StorageOptions storage)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(new Tables(Options.Create(storage)));
        services.AddPages(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }
}
