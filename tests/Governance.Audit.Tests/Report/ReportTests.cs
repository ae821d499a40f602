using Governance.Audit.Tests.Support;

namespace Governance.Audit.Tests.Report;

public sealed class ReportTests
{
    [Fact]
    public void Report_IntactLedger_StartsWithVerdictAndHasEveryModelSection()
    {
        using var repo = AuditRepo.Create();

        var result = repo.Govern("audit", "report", "--out", "report.html");

        Assert.True(result.Exit == 0, result.Output + result.Error);
        var html = File.ReadAllText(repo.File_("report.html"));
        Assert.True(html.IndexOf("data-verdict=\"intact\"", StringComparison.Ordinal) < html.IndexOf("id=\"models\"", StringComparison.Ordinal));
        Assert.Contains("<h2>Model support-bot-v3</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#e-17\">#17</a>", html, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"e-17\" data-type=\"decision.recorded/v1\" data-model=\"support-bot-v3\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SameLedger_SameBytes()
    {
        using var repo = AuditRepo.Create();

        Assert.Equal(0, repo.Govern("audit", "report", "--out", "a.html").Exit);
        Assert.Equal(0, Govern.RunAt(repo.Path, DateTimeOffset.UtcNow, "audit", "report", "--out", "b.html").Exit);

        Assert.Equal(File.ReadAllBytes(repo.File_("a.html")), File.ReadAllBytes(repo.File_("b.html")));
    }

    [Fact]
    public void Report_MarkupInEntryFields_IsEncodedEverywhere()
    {
        using var repo = AuditRepo.Create();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--model", "support-bot-v3", "--digest", Govern.Digest,
            "--metric", "<img src=x onerror=alert(1)>\"'", "--value", "0.5", "--key", "keys/recorder.pem").Exit);

        Assert.Equal(0, repo.Govern("audit", "report", "--out", "report.html").Exit);

        var html = File.ReadAllText(repo.File_("report.html"));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TamperedLedger_NamesTheFirstBadEntry()
    {
        using var repo = AuditRepo.Create();
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~3");

        var result = repo.Govern("audit", "report", "--out", "report.html");

        Assert.Equal(0, result.Exit);
        Assert.Contains("verdict TAMPERED at entry", result.Output, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"tampered\">TAMPERED at entry <a href=\"#e-15\">#15</a>: rolled-back", File.ReadAllText(repo.File_("report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TimelineBound_ListsNewestAndCountsAll()
    {
        using var repo = AuditRepo.Create();

        Assert.Equal(0, repo.Govern("audit", "report", "--out", "report.html", "--timeline-limit", "3").Exit);

        var html = File.ReadAllText(repo.File_("report.html"));
        Assert.Contains("entries listed: the newest 3, and every entry a listed decision cites.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>evaluation.recorded/v1</td><td>4</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadSince_ExitsTwo()
    {
        using var repo = AuditRepo.Create(withDecision: false);

        var result = repo.Govern("audit", "report", "--out", "report.html", "--since", "yesterday");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--since: 'yesterday' is not an RFC 3339 time", result.Error, StringComparison.Ordinal);
    }
}
