namespace SocialCare.Infrastructure.Mosaic.Diagnostics;

/// <summary>One step of a connectivity check: what was tried, whether it worked, how long it took, and what it saw.</summary>
public sealed record MosaicConnectivityStep(string Name, bool Succeeded, TimeSpan Elapsed, string Detail);
