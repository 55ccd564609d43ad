using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Api.Contracts;

namespace SocialCare.Api.Http;

/// <summary>
/// The API's JSON, written by source-generated code with the library's own settings, so that a host's
/// <c>JsonOptions</c> cannot change the contract: camelCase, nulls written, dates <c>yyyy-MM-dd</c>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(UtcInstantJsonConverter)])]
[JsonSerializable(typeof(SocialCareResponse))]
[JsonSerializable(typeof(SocialCareTabResponse))]
[JsonSerializable(typeof(SocialCareProblem))]
[JsonSerializable(typeof(AccessHistoryResponse))]
internal sealed partial class SocialCareJsonContext : JsonSerializerContext;
