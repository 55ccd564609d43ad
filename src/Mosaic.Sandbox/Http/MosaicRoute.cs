using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// A path of the contract: <c>/{code}/v1/persons</c>, <c>/{code}/v1/persons/{id}/{list}</c>, <c>/{code}/v1/status</c> or
/// <c>/{code}/oauth/token</c>, where the code is any well-formed GSS code.
/// </summary>
internal sealed record MosaicRoute(string Authority, string Resource, string? PersonId)
{
    public static MosaicRoute? Parse(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || !IsGssCode(segments[0]))
        {
            return null;
        }

        return segments switch
        {
            [var code, "oauth", "token"] => new MosaicRoute(code, SandboxResources.Token, null),
            [var code, "v1", "persons"] => new MosaicRoute(code, SandboxResources.Persons, null),
            [var code, "v1", "status"] => new MosaicRoute(code, SandboxResources.Status, null),
            [var code, "v1", "persons", var id, var list] when SandboxResources.Lists.Contains(list) =>
                new MosaicRoute(code, list, Uri.UnescapeDataString(id)),
            _ => null,
        };
    }

    public static bool IsGssCode(string value) =>
        value.Length == 9 && char.IsAsciiLetterUpper(value[0]) && value.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false;
}
