using SocialCare.Domain.Patients;

namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// A fault to inject: every request made while looking up <paramref name="NhsNumber"/> (or at least the first) fails
/// as <paramref name="Kind"/> says, until the next reset. The person is seeded too, with consent given.
/// </summary>
public sealed record ConformanceFault(ConformanceFaultKind Kind, NhsNumber NhsNumber);
