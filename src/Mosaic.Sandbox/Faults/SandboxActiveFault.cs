namespace SocialCare.Mosaic.Sandbox.Faults;

/// <summary>A fault in force.</summary>
/// <param name="Id">The id to remove it by.</param>
/// <param name="Fault">The fault as added (a seed fault carries its patient's NHS number).</param>
/// <param name="Origin">Where it came from: <c>runtime</c>, <c>settings</c>, <c>configuration</c> or <c>seed</c>.</param>
/// <param name="RemainingTimes">How many more requests it applies to; null when unlimited.</param>
public sealed record SandboxActiveFault(string Id, SandboxFault Fault, string Origin, int? RemainingTimes);
