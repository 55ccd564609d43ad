using SocialCare.Domain.Authorities;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Behaviors;

/// <summary>
/// What the audit must know about an attempt even if it never returns: which authorities were sent the NHS number.
/// It travels with the attempt's async flow, as <c>Activity.Current</c> does, so an attempt cut short by its caller
/// or by a bug is still audited with them, and two attempts sent in one scope never mix.
/// </summary>
internal sealed class AttemptRecord
{
    private static readonly AsyncLocal<AttemptRecord?> Ambient = new();

    private readonly Lock _lock = new();
    private readonly List<string> _authoritiesAsked = [];
    private IReadOnlyList<ViewerRelationship> _relationships = [];

    /// <summary>The record of the attempt this code runs in, or null outside an audited attempt.</summary>
    public static AttemptRecord? Current => Ambient.Value;

    public IReadOnlyList<string> AuthoritiesAsked
    {
        get
        {
            lock (_lock)
            {
                return [.. _authoritiesAsked];
            }
        }
    }

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

    /// <summary>Starts the record of a new attempt for the calling async flow and what it calls.</summary>
    public static AttemptRecord Begin()
    {
        var record = new AttemptRecord();
        Ambient.Value = record;
        return record;
    }

    public void Knows(IEnumerable<Grant> grants)
    {
        lock (_lock)
        {
            _relationships = [.. grants.Select(g => g.Relationship).Distinct()];
        }
    }

    public void Asked(IEnumerable<LocalAuthority> authorities)
    {
        lock (_lock)
        {
            _authoritiesAsked.AddRange(authorities.Select(a => a.Code.Value));
        }
    }
}
