using SocialCare.Domain.Viewers;

namespace SocialCare.Host.Demo;

/// <summary>A demo viewer who is not a patient: how they stand to every demo patient (spec §6).</summary>
/// <param name="Grant">Their grant on every demo patient, or null when they have none.</param>
internal sealed record DemoPersona(string Id, string Description, Grant? Grant);
