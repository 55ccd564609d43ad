using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// The host's directory, answered from memory so that only SocialCare is measured: every patient views their own
/// record (the self grant), in one North West London team, with their own authorities named.
/// </summary>
public sealed class BenchmarkPatientDirectory : IPatientDirectory
{
    private static readonly Grant Self = new(ViewerRelationship.Self, []);
    private static readonly PatientTeam Team = new("nwl-bench-team", BenchmarkAuthorities.RegionId);
    private readonly Dictionary<string, Task<PatientFacts?>> _facts;

    public BenchmarkPatientDirectory(IEnumerable<BenchmarkPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        _facts = patients.ToDictionary(
            patient => patient.PatientId,
            patient => Task.FromResult<PatientFacts?>(new PatientFacts([Self], [Team], patient.NhsNumber, patient.OwnAuthorities)),
            StringComparer.Ordinal);
    }

    public Task<PatientFacts?> FindAsync(PatientId patient, ViewerId viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return _facts.TryGetValue(patient.Value, out var facts) ? facts : Task.FromResult<PatientFacts?>(null);
    }
}
