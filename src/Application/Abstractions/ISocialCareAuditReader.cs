using SocialCare.Domain.Patients;

namespace SocialCare.Application.Abstractions;

/// <summary>
/// Reads the audit back, for the patient's own access history (spec §7): every attempt on one patient's record,
/// newest first, a page at a time. Implemented by the audit store beside its <see cref="ISocialCareAuditSink"/>.
/// </summary>
public interface ISocialCareAuditReader
{
    /// <summary>
    /// The patient's entries, newest first: at most <paramref name="limit"/> (1 to <see cref="SocialCareAuditPage.MaxLimit"/>),
    /// and only those older than the entry whose id is <paramref name="before"/> when it is given (the last entry of the
    /// page before). An id that is not one of this patient's entries gives an empty page. Keyed on an entry, not on a
    /// page number, so that attempts made while the patient reads (reading the history is one) never shift a page.
    /// </summary>
    Task<SocialCareAuditPage> ReadNewestFirstAsync(PatientId patient, int limit, Guid? before, CancellationToken cancellationToken);
}
