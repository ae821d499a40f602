using System.CommandLine;
using System.Text.Json.Nodes;

namespace Governance.Cli.Ledger;

/// <summary>Typed options of one <c>govern record &lt;kind&gt;</c> subcommand, merged over <c>--payload</c>.</summary>
internal interface IRecordFields
{
    /// <summary>Adds the options to the subcommand.</summary>
    void AddTo(Command command);

    /// <summary>Writes the given option values into the payload (leaving unset options alone).</summary>
    void Fill(ParseResult parse, JsonObject payload);
}
