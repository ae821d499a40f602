using Governance.Audit.Tests.Support;
using Governance.Testing.Files;
using Microsoft.Playwright;

namespace Governance.Audit.Tests.Report;

/// <summary>The report in Debian's Chromium (driven by Playwright, never a downloaded browser).</summary>
public sealed class BrowserTests
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    [Fact]
    public async Task Report_InChromium_LoadsOfflineFiltersAndDrawsLineage()
    {
        using var repo = AuditRepo.Create();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--model", "support-bot-v3", "--digest", Govern.Digest,
            "--metric", "<img src=https://attacker.example/x onerror=alert(1)>", "--value", "0.5", "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, repo.Govern("audit", "report", "--out", "report.html").Exit);
        var url = new Uri(repo.File_("report.html")).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        var requests = new List<string>();
        var dialogs = 0;
        page.Console += (_, m) => { if (m.Type is "error" or "warning") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.Request += (_, r) => requests.Add(r.Url);
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var all = await page.Locator("#timeline tbody tr:not(.hidden)").CountAsync();
        await page.SelectOptionAsync("#f-type", "decision.recorded/v1");
        var decisions = await page.Locator("#timeline tbody tr:not(.hidden)").CountAsync();
        await page.SelectOptionAsync("#f-type", "");
        await page.SelectOptionAsync("#f-model", "support-bot-v3");
        var forModel = await page.Locator("#timeline tbody tr:not(.hidden)").AllAsync();
        var stageLabels = await page.Locator("section[data-model='support-bot-v3'] svg.lineage g.stage text").AllTextContentsAsync();
        var datasetLabels = await page.Locator("section[data-model='support-bot-v3'] svg.lineage g.dataset text").AllTextContentsAsync();
        await page.SelectOptionAsync("#f-model", "");
        var shot = RepositoryRoot.Combine("artifacts", "screenshots", "audit-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.Locator("section[data-model='support-bot-v3']").ScreenshotAsync(new() { Path = shot });
        await page.ScreenshotAsync(new() { Path = RepositoryRoot.Combine("artifacts", "screenshots", "audit-report-top.png") });

        Assert.Empty(errors);
        Assert.Equal([url], requests);
        Assert.Equal(0, dialogs);
        Assert.Equal(18, all);
        Assert.Equal(1, decisions);
        Assert.InRange(forModel.Count, 2, all - 1);
        foreach (var row in forModel)
        {
            Assert.Equal("support-bot-v3", await row.GetAttributeAsync("data-model"));
        }

        Assert.Equal(["preference", "pretraining", "sft"], stageLabels.Order(StringComparer.Ordinal));
        Assert.Contains("ds:web-2025", datasetLabels);
        Assert.Contains("ds:prefs-2026-06", datasetLabels);
        Assert.True(new FileInfo(shot).Length > 10_000);
    }
}
