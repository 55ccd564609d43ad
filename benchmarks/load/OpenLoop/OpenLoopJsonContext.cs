using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Load.OpenLoop;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(OpenLoopResult))]
public sealed partial class OpenLoopJsonContext : JsonSerializerContext;
