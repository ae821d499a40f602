namespace Governance.Events;

/// <summary>Marks the Governance.Events assembly (the catalogue of lifecycle events lands here).</summary>
internal static class AssemblyMarker;
