using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Policies;

/// <summary>
/// Spec §1 step 7, data minimisation (ADR 0003): of the authorities the pilot allows, ask only those the host says
/// the patient belongs to, when it says; a council is not sent the NHS numbers of people who are not its concern.
/// </summary>
internal static class AuthoritySelectionPolicy
{
    public static IReadOnlyList<LocalAuthority> AuthoritiesToAsk(IReadOnlyList<LocalAuthority> inPilot, PatientFacts facts)
    {
        ArgumentNullException.ThrowIfNull(inPilot);
        ArgumentNullException.ThrowIfNull(facts);

        if (facts.OwnAuthorities is not { } own)
        {
            return inPilot;
        }

        // GSS codes are capitals, but a host's data may not be: compare ignoring case.
        var ownCodes = own.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. inPilot.Where(a => ownCodes.Contains(a.Code.Value))];
    }
}
