using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Viewing.Admission;

/// <summary>A viewer let through steps 3–5: the directory's facts, who is reading, and the authorities of the pilot.</summary>
internal sealed record AdmittedPatient(PatientFacts Facts, Audience Audience, IReadOnlyList<LocalAuthority> AuthoritiesInPilot);
