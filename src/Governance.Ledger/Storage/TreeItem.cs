namespace Governance.Ledger.Storage;

/// <summary>One entry of a git tree as stored: a name, whether it is a subtree, and the object id (hex).</summary>
/// <param name="Name">The entry name.</param>
/// <param name="IsTree">True for a subtree (mode 40000), false for a regular file.</param>
/// <param name="Id">The object id, 40 hex digits.</param>
internal readonly record struct TreeItem(string Name, bool IsTree, string Id);
