namespace SocialCare.Application.Errors;

/// <summary>
/// What one code says to each audience. In the texts, <c>{support}</c> stands for how to reach support (with the link
/// from <c>SocialCare:SupportUrl</c> when configured) and <c>{authority}</c> for a local authority's name.
/// </summary>
public sealed record UserMessageTemplate(string Code, UserMessage ForPatient, UserMessage ForOthers);
