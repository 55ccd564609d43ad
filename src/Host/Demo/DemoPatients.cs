using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Host.Demo;

/// <summary>Every patient of the seed the demo reads (the sandbox's), and what each shows, for the start page.</summary>
internal sealed class DemoPatients(SandboxSeed seed)
{
    public IReadOnlyList<(string Id, string Shows)> All { get; } =
        [.. seed.Patients.Select(p => (p.PatientId, p.Shows ?? "A patient of the seed"))];
}
