using Mediator;

namespace SocialCare.Api.Tests.Embedding;

/// <summary>The embedding host's own request, sent through its own mediator.</summary>
public sealed record PingQuery(string Name) : IQuery<string>;
