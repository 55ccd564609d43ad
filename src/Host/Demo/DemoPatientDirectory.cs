using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Host.Demo;

/// <summary>
/// The demo's <see cref="IPatientDirectory"/>: the patients of the sandbox's seed (the one file both read), their
/// teams, NHS numbers and own authorities, and the grants of <see cref="DemoPersonas"/>. A patient on whom the
/// viewer has no grant is answered exactly like an unknown patient: null.
/// </summary>
internal sealed class DemoPatientDirectory(SandboxSeed seed) : IPatientDirectory
{
    private static readonly Grant Self = new(ViewerRelationship.Self, []);

    public Task<PatientFacts?> FindAsync(PatientId patient, ViewerId viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(viewer);
        if (seed.Find(patient.Value) is not { } known || GrantOf(known, viewer) is not { } grant)
        {
            return Task.FromResult<PatientFacts?>(null);
        }

        return Task.FromResult<PatientFacts?>(new PatientFacts(
            [grant],
            [.. known.Teams.Select(team => new PatientTeam(team.TeamId, team.RegionId))],
            known.NhsNumber,
            known.OwnAuthorities));
    }

    private static Grant? GrantOf(SeedPatient patient, ViewerId viewer) =>
        string.Equals(patient.PatientId, viewer.Value, StringComparison.Ordinal) ? Self : DemoPersonas.Find(viewer.Value)?.Grant;
}
