using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>The four AIS categories, named as the domain's <c>CommunicationNeedCategory</c> so the mapper pairs them by name.</summary>
[JsonConverter(typeof(MosaicEnumConverter<CommunicationCategory>))]
internal enum CommunicationCategory
{
    ContactMethod,
    InformationFormat,
    CommunicationSupport,
    CommunicationProfessional,
}
