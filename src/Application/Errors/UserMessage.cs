namespace SocialCare.Application.Errors;

/// <summary>A message ready to show: a short title and the text that says what happened and what to do next.</summary>
public sealed record UserMessage(string Title, string Text);
