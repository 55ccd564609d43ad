using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Benchmarks.Support;

/// <summary>People the benchmarks add to the sandbox, each with demo-full's record so that payloads match P1's.</summary>
public static class SeededRecords
{
    private static readonly SeedRecord DemoFull = SandboxSeed.LoadDefault().Find("demo-full")?.Records[0]
        ?? throw new InvalidOperationException("The sandbox's seed has no demo-full.");

    /// <summary>Adds a person with demo-full's record at each of the patient's own authorities.</summary>
    public static void Add(MosaicSandbox sandbox, BenchmarkPatient patient)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(patient);
        foreach (var code in patient.OwnAuthorities)
        {
            sandbox.People.Add(code, patient.NhsNumber, DemoFull with { PersonId = "BENCH-" + patient.PatientId });
        }
    }
}
