namespace SocialCare.Application.Errors;

/// <summary>
/// What one code says, with a title, to each audience. <c>{support}</c> stands for how to reach support (with the
/// link from <c>SocialCare:SupportUrl</c> when configured); <c>{authority}</c> for a local authority's name.
/// </summary>
public sealed record UserMessageTemplate(string Code, string Title, string ForPatient, string ForOthers);
