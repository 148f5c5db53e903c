using Microsoft.Playwright;

namespace Transformation.Tests;

/// <summary>
/// One headless Chromium for a test class: the system's browser (never a downloaded one), Japanese locale
/// and time zone, each test in its own context (its own cookies, like a separate person).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>The distribution's Chromium; CHROMIUM_PATH points elsewhere where it lives elsewhere.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile for one person, reading Japanese in Japan.</summary>
    public async Task<IBrowserContext> PersonAsync(Uri baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
