namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>Header names of the contract.</summary>
internal static class SandboxHeaders
{
    public const string NhsNumber = "X-NHS-Number";
}
