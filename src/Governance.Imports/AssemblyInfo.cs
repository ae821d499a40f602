[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Governance.Imports.Tests")]
