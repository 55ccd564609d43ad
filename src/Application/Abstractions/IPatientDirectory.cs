using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Abstractions;

/// <summary>
/// The host's facts about a patient as seen by one viewer (spec §1 step 3). Implemented by the host (PKB).
/// </summary>
public interface IPatientDirectory
{
    /// <summary>
    /// Returns the facts, or null when the patient is unknown. A patient on whom the viewer holds no grant is
    /// treated exactly like an unknown one. Failures may throw; the caller answers them as unavailable.
    /// </summary>
    Task<PatientFacts?> FindAsync(PatientId patient, ViewerId viewer, CancellationToken cancellationToken);
}
