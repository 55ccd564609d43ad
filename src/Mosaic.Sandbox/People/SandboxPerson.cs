namespace SocialCare.Mosaic.Sandbox.People;

/// <summary>A Mosaic person the sandbox serves, without their NHS number.</summary>
/// <param name="PatientId">The seed patient it belongs to; null for people added at run time.</param>
/// <param name="Authority">The authority's GSS code.</param>
/// <param name="PersonId">Mosaic's id for the person.</param>
public sealed record SandboxPerson(string? PatientId, string Authority, string PersonId);
