using System.Text.Json.Nodes;
using Governance.Events.Catalogue;

namespace Governance.Events.Tests.Catalogue;

public sealed class UnknownEventTests
{
    [Fact]
    public void Read_UnknownType_KeepsThePayloadVerbatim()
    {
        var payload = Obj("""{"z":[1,2.5,null,{"b":true}],"a":"\u00e9","n":null}""");

        var read = EventCatalogue.Read("model.quantised/v3", payload);

        var unknown = Assert.IsType<UnknownEvent>(read);
        Assert.Equal("model.quantised/v3", unknown.Type);
        Assert.Null(unknown.Problem);
        Assert.Equal(Examples.Canonical(payload), Examples.Canonical(EventCatalogue.ToJson(read)));
    }

    [Fact]
    public void Read_KnownTypeWithUnknownMembers_TypedAndMembersSurviveAtEveryLevel()
    {
        var payload = Obj("""
            {"stage":"sft","output":"sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc","addedIn":"v2",
             "inputs":[{"id":"chat","kind":"dataset","licenceCheck":{"ok":true}}],
             "imported":{"format":"f","curr_hash":"h","seq":null,"actor":null,"system":null,"extra":[1]}}
            """);

        var read = Assert.IsType<TrainingCompleted>(EventCatalogue.Read(TrainingCompleted.TypeName, payload));

        Assert.Equal("v2", read.Extra!["addedIn"].GetString());
        Assert.True(read.Inputs[0].Extra!["licenceCheck"].GetProperty("ok").GetBoolean());
        Assert.Equal(["extra"], read.Imported!.Extra!.Keys);
        Assert.Equal("chat", read.Inputs[0].Id);
        Assert.Equal(Examples.Canonical(payload), Examples.Canonical(EventCatalogue.ToJson(read)));
    }

    [Theory]
    [InlineData("""{"stage":"sft"}""")]
    [InlineData("""{"stage":"sft","inputs":[],"output":7}""")]
    [InlineData("""{"stage":null,"inputs":[],"output":"sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"}""")]
    public void Read_KnownTypeThatDoesNotFitItsRecord_UnknownWithProblemAndPayloadKept(string json)
    {
        var payload = Obj(json);

        var unknown = Assert.IsType<UnknownEvent>(EventCatalogue.Read(TrainingCompleted.TypeName, payload));

        Assert.NotNull(unknown.Problem);
        Assert.Equal(TrainingCompleted.TypeName, unknown.Type);
        Assert.Equal(Examples.Canonical(payload), Examples.Canonical(EventCatalogue.ToJson(unknown)));
    }

    [Fact]
    public void ToJson_UnknownEvent_IsACopyTheCallerMayChange()
    {
        var unknown = new UnknownEvent("x/v1", Obj("""{"a":1}"""));

        EventCatalogue.ToJson(unknown)["a"] = 2;

        Assert.Equal(1, (int)unknown.Payload["a"]!);
    }

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();
}
