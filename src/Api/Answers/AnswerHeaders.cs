using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Answers;

/// <summary>
/// The headers one answer adds to the protective ones every answer already carries (<c>Allow</c>,
/// <c>WWW-Authenticate</c>, <c>Retry-After</c>); most answers add none.
/// </summary>
internal sealed class AnswerHeaders
{
    private readonly KeyValuePair<string, string>[] _headers;

    private AnswerHeaders(KeyValuePair<string, string>[] headers) => _headers = headers;

    public static AnswerHeaders None { get; } = new([]);

    public static AnswerHeaders Of(string name, string value) => new([new(name, value)]);

    public void WriteTo(HttpResponse response)
    {
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }
    }
}
