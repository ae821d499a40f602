using Governance.Workflows.Lifecycle;
using Governance.Events.Catalogue;
using Xunit;

namespace Governance.Cli.Tests.Lifecycle;

public sealed class LifecycleFieldsCatalogueTests
{
    [Fact]
    public void Members_EveryTypedOptionOfEveryKind_IsAMemberOfTheKindsEventRecord()
    {
        foreach (var kind in RecordKinds.All().Where(k => k.Fields is not null))
        {
            var record = EventCatalogue.Find(kind.Type)!;
            var modelled = record.Json.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var members = Assert.IsType<FieldSet>(kind.Fields).Members;

            Assert.NotEmpty(members);
            Assert.True(members.All(modelled.Contains), $"{kind.Name} writes {string.Join(", ", members.Where(m => !modelled.Contains(m)))}, which {record.Record.Name} does not model");
        }
    }

    [Fact]
    public void Members_Training_IncludesInputsWrittenByTheCustomOptions()
    {
        var training = Assert.IsType<FieldSet>(LifecycleFields.ByKind["training"]);

        Assert.Contains("inputs", training.Members);
        Assert.Contains("output", training.Members);
    }
}
