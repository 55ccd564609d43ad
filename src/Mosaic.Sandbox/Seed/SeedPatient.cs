using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Mosaic.Sandbox.Seed;

/// <summary>
/// A demo patient as both the sandbox and the host's demo directory see them: who they are, their teams, their own
/// authorities, their Mosaic records and the faults that belong to them.
/// </summary>
public sealed record SeedPatient
{
    /// <summary>The host's patient id, e.g. <c>demo-full</c>.</summary>
    public string PatientId { get; init; } = "";

    /// <summary>The NHS number as the directory records it; null when none is recorded.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>What this patient shows, in a few words, for the Host's start page; optional.</summary>
    public string? Shows { get; init; }

    /// <summary>The patient's teams.</summary>
    public IReadOnlyList<SeedTeam> Teams { get; init; } = [];

    /// <summary>GSS codes of the authorities the directory names as the patient's own.</summary>
    public IReadOnlyList<string> OwnAuthorities { get; init; } = [];

    /// <summary>The patient's Mosaic persons.</summary>
    public IReadOnlyList<SeedRecord> Records { get; init; } = [];

    /// <summary>Faults scoped to this patient's NHS number when applied.</summary>
    public IReadOnlyList<SandboxFault> Faults { get; init; } = [];
}
