using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "build-ledger")
{
    return Governance.Benchmarks.Ledger.LedgerBuilder.Run(args);
}

if (args.Length > 0 && args[0] == "profile-index")
{
    return Governance.Benchmarks.Ledger.IndexProfile.Run(args);
}

if (args.Length > 0 && args[0] == "profile-verify")
{
    return Governance.Benchmarks.Ledger.VerifyProfile.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
