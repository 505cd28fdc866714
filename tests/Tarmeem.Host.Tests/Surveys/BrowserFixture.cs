using Microsoft.Playwright;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>One Debian Chromium per test class, driven by Playwright without any browser download.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Chromium otherwise keeps resolving outside hosts; the tests only reach 127.0.0.1.
            Args = ["--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>
    /// A phone: 390×844 CSS pixels (or <paramref name="width"/> wide) at scale 2, touch, Arabic locale. Bypassing the
    /// page's Content-Security-Policy is only for injecting test scripts such as axe-core.
    /// </summary>
    public Task<IBrowserContext> PhoneAsync(int width = 390, bool bypassContentSecurityPolicy = false) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = width, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "ar-SA",
        BypassCSP = bypassContentSecurityPolicy,
    });
}
