using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Auditing;

/// <summary>
/// One attempt to read a patient's record, as the audit must know it even if the attempt never returns: who asked,
/// about whom, from where, how the directory said they stand to the patient, and which councils were sent the NHS
/// number. The use case creates it, passes it to what it calls, and hands it to <see cref="AttemptAudit"/>; one
/// object per attempt, so that two attempts in flight at once, in one scope or not, never mix.
/// </summary>
internal sealed class Attempt(PatientId patient, ViewerId viewer, AuditSurface surface)
{
    private readonly Lock _lock = new();
    private IReadOnlyList<ViewerRelationship> _relationships = [];
    private IReadOnlyList<string> _authoritiesAsked = [];

    public PatientId Patient { get; } = patient;

    public ViewerId Viewer { get; } = viewer;

    public AuditSurface Surface { get; } = surface;

    /// <summary>One per grant, distinct, in the directory's order; empty until the directory has answered.</summary>
    public IReadOnlyList<ViewerRelationship> Relationships
    {
        get
        {
            lock (_lock)
            {
                return _relationships;
            }
        }
    }

    /// <summary>GSS codes, in the order asked.</summary>
    public IReadOnlyList<string> AuthoritiesAsked
    {
        get
        {
            lock (_lock)
            {
                return _authoritiesAsked;
            }
        }
    }

    public void Knows(IEnumerable<Grant> grants)
    {
        IReadOnlyList<ViewerRelationship> relationships = [.. grants.Select(g => g.Relationship).Distinct()];
        lock (_lock)
        {
            _relationships = relationships;
        }
    }

    /// <summary>Called before any of them is asked: once a gateway is called, the council may have the NHS number.</summary>
    public void Asked(IEnumerable<LocalAuthority> authorities)
    {
        IReadOnlyList<string> codes = [.. authorities.Select(a => a.Code.Value)];
        lock (_lock)
        {
            _authoritiesAsked = [.. _authoritiesAsked, .. codes];
        }
    }
}
