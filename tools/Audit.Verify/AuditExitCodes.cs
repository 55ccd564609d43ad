namespace SocialCare.Audit.Verify;

/// <summary>The tool's exit codes (issue 16): a script can tell "tampered" from "could not look".</summary>
internal static class AuditExitCodes
{
    /// <summary>The chain verifies (verify), the schema is current (migrate), the purge was made (purge).</summary>
    public const int Intact = 0;

    /// <summary>The chain does not verify; the first entry that fails is printed. A purge refuses such a chain.</summary>
    public const int NotIntact = 1;

    /// <summary>Nothing could be checked or done: bad arguments, no key, no connection, no schema.</summary>
    public const int CannotCheck = 2;
}
