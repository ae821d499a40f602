using System.Security.Cryptography;
using System.Text;

namespace Governance.Audit.Report;

/// <summary>The report's inline style and script, and a Content-Security-Policy that forbids every network request.</summary>
public static class ReportAssets
{
    /// <summary>The inline stylesheet.</summary>
    public const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#1b1f24}
        h1{font-size:1.6em}h2{border-bottom:2px solid #d0d7de;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;width:100%;margin:.5em 0 1em}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
        th{background:#f6f8fa}code{font:12px ui-monospace,monospace;word-break:break-all}
        .verdict{padding:.8em 1em;border-radius:6px;font-weight:600}.intact{background:#dafbe1;border:1px solid #1a7f37}
        .tampered,.unverified{background:#ffebe9;border:1px solid #cf222e}.allow{color:#1a7f37}.deny,.fail{color:#cf222e}
        .note{color:#57606a;font-size:.9em}.filters label{margin-right:1em}
        svg.lineage{background:#fafbfc;border:1px solid #d0d7de;max-width:100%;height:auto}
        svg .edge{stroke:#8c959f;stroke-width:1.5}svg text{font:12px system-ui,sans-serif;fill:#1b1f24}
        svg .dataset rect{fill:#ddf4ff;stroke:#0969da}svg .model rect{fill:#fff8c5;stroke:#9a6700}
        svg .stage rect{fill:#fbefff;stroke:#8250df}svg .flagged rect{fill:#ffebe9;stroke:#cf222e;stroke-width:2}
        tr.hidden{display:none}
        """;

    /// <summary>The inline filter script: hides timeline rows that do not match the chosen type, model and actor.</summary>
    public const string Script = """
        (function(){
          var ids=['f-type','f-model','f-actor'];
          function apply(){
            var want=ids.map(function(id){return document.getElementById(id).value;});
            var rows=document.querySelectorAll('#timeline tbody tr');var shown=0;
            rows.forEach(function(r){
              var ok=(!want[0]||r.dataset.type===want[0])&&(!want[1]||r.dataset.model===want[1])&&(!want[2]||r.dataset.actor===want[2]);
              r.classList.toggle('hidden',!ok);if(ok){shown++;}
            });
            document.getElementById('f-count').textContent=shown+' shown';
          }
          ids.forEach(function(id){document.getElementById(id).addEventListener('change',apply);});
          apply();
        })();
        """;

    /// <summary>The Content-Security-Policy: nothing may be fetched; only this script (by hash) and inline styles run.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'; img-src data:; base-uri 'none'; form-action 'none'";
}
