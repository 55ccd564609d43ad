namespace SocialCare.Application;

/// <summary>
/// This library's own mediator, separate from any a host has. Mediator's generated types are internal to this
/// assembly, so a host that uses the same Mediator package keeps its own <c>IMediator</c>, <c>ISender</c> and
/// <c>AddMediator</c>; callers of SocialCare resolve the sender under <see cref="ServiceKey"/>.
/// </summary>
/// <example><c>[FromKeyedServices(SocialCareMediator.ServiceKey)] ISender sender</c></example>
public static class SocialCareMediator
{
    /// <summary>The key of SocialCare's <c>ISender</c>.</summary>
    public const string ServiceKey = "SocialCare";
}
