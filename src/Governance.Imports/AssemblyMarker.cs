namespace Governance.Imports;

/// <summary>Marks the Governance.Imports assembly (foreign trail and lm-eval importers land here).</summary>
internal static class AssemblyMarker;
