namespace SocialCare.Mosaic.Check;

/// <summary>What <see cref="MosaicCheckCommand.RunAsync"/> returns, and so what the tool exits with.</summary>
public static class MosaicCheckExitCodes
{
    /// <summary>Every step of the check worked.</summary>
    public const int Succeeded = 0;

    /// <summary>A step (token, status or lookup) failed, or the check was stopped.</summary>
    public const int StepFailed = 1;

    /// <summary>The arguments or the configuration are wrong; nothing was sent to Mosaic.</summary>
    public const int BadUsage = 2;
}
