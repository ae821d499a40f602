[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Governance.Events.Tests")]
