using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>The Host's directory, failing for one viewer with a message that names an NHS number and a patient.</summary>
internal sealed class FailingPatientDirectory(IPatientDirectory inner) : IPatientDirectory
{
    public const string Viewer = "test-directory-down";

    public Task<PatientFacts?> FindAsync(PatientId patient, ViewerId viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Value == Viewer
            ? throw new TimeoutException($"Directory timed out looking up 9990000018 for {patient}")
            : inner.FindAsync(patient, viewer, cancellationToken);
    }
}
