using System.Text;
using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox.People;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// The contract's answers, as UTF-8: the person search, a page of a list (each item marked by
/// <see cref="SentinelWriter"/>), the status and a token.
/// </summary>
internal sealed class ContractBodies(SandboxPeople people)
{
    public static byte[] Status { get; } = Encoding.UTF8.GetBytes("{\"status\":\"ok\"}");

    /// <summary>What a fault that answers in place of the token endpoint cuts short.</summary>
    public static byte[] TruncatedToken { get; } = Encoding.UTF8.GetBytes("{\"access_token\":\"truncated\"}");

    public byte[] Persons(string authority, string nhsNumber)
    {
        var persons = new JsonArray();
        foreach (var person in people.FindByNhsNumber(authority, nhsNumber))
        {
            var item = new JsonObject { ["personId"] = person.PersonId };
            if (person.CaseStatus is not null)
            {
                item["caseStatus"] = person.CaseStatus;
            }

            if (person.Consent is not null)
            {
                item["consentToShareWithThirdParties"] = person.Consent;
            }

            persons.Add(item);
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["persons"] = persons }.ToJsonString());
    }

    public static byte[] List(StoredPerson person, string list, PageRequest request)
    {
        var (page, pageSize) = request;
        var all = person.Lists[list];
        var start = (long)(page - 1) * pageSize;
        var items = new JsonArray();
        for (var i = start; i < Math.Min(all.Count, start + pageSize); i++)
        {
            items.Add(SentinelWriter.Mark(JsonNode.Parse(all[(int)i]), person, list, (int)i));
        }

        return Encoding.UTF8.GetBytes(new JsonObject
        {
            ["items"] = items,
            ["page"] = page,
            ["pageSize"] = pageSize,
            ["totalItems"] = all.Count,
            ["nextPage"] = start + pageSize < all.Count ? page + 1 : null,
        }.ToJsonString());
    }
}
