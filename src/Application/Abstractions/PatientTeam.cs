namespace SocialCare.Application.Abstractions;

/// <summary>A PKB team the patient is linked to, and the region it belongs to.</summary>
public sealed record PatientTeam(string TeamId, string RegionId);
