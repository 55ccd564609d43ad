using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Baseline;

/// <summary>Source-generated System.Text.Json metadata, as a hand-written client tuned for speed would use.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BaselinePersonSearch))]
[JsonSerializable(typeof(BaselineToken))]
[JsonSerializable(typeof(BaselinePage<BaselineWorkerRelationship>))]
[JsonSerializable(typeof(BaselinePage<BaselineServiceAgreement>))]
[JsonSerializable(typeof(BaselinePage<BaselineAssessment>))]
[JsonSerializable(typeof(BaselinePage<BaselineCaseNote>))]
[JsonSerializable(typeof(BaselinePage<BaselineCommunicationNeed>))]
[JsonSerializable(typeof(BaselineRecord))]
[JsonSerializable(typeof(List<BaselineRecord>))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
