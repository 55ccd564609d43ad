namespace SocialCare.Application;

/// <summary>
/// Marks a class the use cases need from the container (a policy, the fan-out, the audit step…): the one scan in
/// <c>AddSocialCareApplication</c> registers exactly these, scoped. They are internal, so the scan cannot tell them by
/// visibility; a class the use cases create themselves (an attempt, a deadline) carries no mark.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class UseCaseServiceAttribute : Attribute;
