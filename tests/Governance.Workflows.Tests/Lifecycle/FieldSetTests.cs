using System.Text.Json.Nodes;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;

namespace Governance.Workflows.Tests.Lifecycle;

public sealed class FieldSetTests
{
    private sealed class Values(Dictionary<string, string[]> given) : IFieldValues
    {
        public string? Single(string option) => given.TryGetValue(option, out var v) ? v[0] : null;

        public IReadOnlyList<string> Many(string option) => given.TryGetValue(option, out var v) ? v : [];
    }

    [Fact]
    public void Fill_TrainingWithInputsAndSubjectDigest_WritesTheStoredInputObjects()
    {
        var digest = "sha256:" + new string('c', 64);
        var payload = new JsonObject();

        LifecycleFields.ByKind["training"].Fill(new Values(new()
        {
            ["--stage"] = ["sft"],
            ["--digest"] = [digest],
            ["--input"] = ["ds-a@sha256:" + new string('a', 64) + ",weight=0.5", "ds-b,replay"],
        }), payload);

        Assert.Equal(digest, (string?)payload["output"]);
        var inputs = Assert.IsType<JsonArray>(payload["inputs"]);
        Assert.Equal(2, inputs.Count);
        Assert.Equal("ds-a", (string?)inputs[0]!["id"]);
        Assert.Equal(0.5, (double?)inputs[0]!["weight"]);
        Assert.True((bool?)inputs[1]!["replay"]);
    }

    [Fact]
    public void Fill_InputPinningAMalformedDigest_RefusedBeforeAnythingIsSigned()
    {
        // "ds:x@sha256:abc" would otherwise be recorded as a dataset nothing registers, denying the model forever.
        var refused = Assert.Throws<WorkflowException>(() => LifecycleFields.ByKind["training"].Fill(
            new Values(new() { ["--stage"] = ["sft"], ["--input"] = ["ds:x@sha256:abc"] }), new JsonObject()));

        Assert.Equal("--input: 'ds:x@sha256:abc' pins a malformed digest (expected <id>@sha256:<64 hex digits>)", refused.Message);
    }

    [Fact]
    public void Options_EveryKind_OfferedInDeclarationOrderWithChoices()
    {
        var dataset = LifecycleFields.ByKind["dataset"];

        Assert.Equal("--id", dataset.Options[0].Name);
        Assert.Equal(["none", "low", "medium", "high"], dataset.Options.Single(o => o.Name == "--pii").Choices);
        Assert.True(dataset.Options.Single(o => o.Name == "--risk-label").Repeatable);
    }
}
