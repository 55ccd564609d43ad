using SocialCare.Domain.Authorities;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Mosaic.Conformance.Tests.Sandbox;

/// <summary>
/// A kit fault as a sandbox fault on every data request about the person at the authority. Refused credentials
/// are <see cref="SandboxFaultKind.InvalidToken"/>: a fault scoped to an NHS number never reaches the token
/// endpoint, so <see cref="SandboxFaultKind.TokenRefused"/> could not be limited to this person; every request
/// about them answers <c>401 invalid_token</c>, and the gateway's one new token and repeat get a second 401.
/// </summary>
internal static class SandboxFaultMapping
{
    public static SandboxFault For(LocalAuthority authority, ConformanceFault fault)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(fault);
        var scoped = new SandboxFault { Authority = authority.Code.Value, NhsNumber = fault.NhsNumber.ToDigits() };
        return fault.Kind switch
        {
            ConformanceFaultKind.ServerError => scoped with { Kind = SandboxFaultKind.Status, Status = 503 },
            ConformanceFaultKind.Hang => scoped with { Kind = SandboxFaultKind.Hang },
            ConformanceFaultKind.MalformedBody => scoped with { Kind = SandboxFaultKind.Malformed },
            ConformanceFaultKind.RefusedCredentials => scoped with { Kind = SandboxFaultKind.InvalidToken },
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "Not a fault of the kit."),
        };
    }
}
