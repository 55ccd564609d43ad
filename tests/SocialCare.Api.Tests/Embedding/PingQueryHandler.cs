using Mediator;

namespace SocialCare.Api.Tests.Embedding;

public sealed class PingQueryHandler : IQueryHandler<PingQuery, string>
{
    public ValueTask<string> Handle(PingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ValueTask.FromResult($"pong {query.Name}");
    }
}
