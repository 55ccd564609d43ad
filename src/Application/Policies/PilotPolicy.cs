using FluentResults;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Policies;

/// <summary>
/// Spec §1 step 5: the patient is in the pilot when a team they are linked to belongs to an enabled region that has
/// at least one enabled local authority. Those authorities are the ones that may be asked.
/// </summary>
[UseCaseService]
internal sealed class PilotPolicy(ILocalAuthorityRegistry registry)
{
    public Result<IReadOnlyList<LocalAuthority>> Evaluate(PatientFacts facts, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // Region ids are compared ignoring case: configuration and the host's directory are typed by different people.
        var patientRegions = facts.Teams.Select(t => t.RegionId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        patientRegions.IntersectWith(registry.EnabledRegions.Select(r => r.Id));

        LocalAuthority[] authorities = [.. registry.EnabledAuthorities.Where(a => patientRegions.Contains(a.RegionId))];
        return authorities.Length > 0
            ? authorities
            : Result.Fail(new NotInPilotError(audience));
    }
}
