namespace SocialCare.Infrastructure.Mosaic.Diagnostics;

/// <summary>The steps of one connectivity check, in the order they ran; a failed step ends the check.</summary>
public sealed record MosaicConnectivityReport(string AuthorityCode, IReadOnlyList<MosaicConnectivityStep> Steps)
{
    public bool Succeeded => Steps.Count > 0 && Steps.All(s => s.Succeeded);
}
