namespace SocialCare.Domain.Records;

/// <summary>The four categories of the Accessible Information Standard, in the order the page lists them.</summary>
public enum CommunicationNeedCategory
{
    ContactMethod,
    InformationFormat,
    CommunicationSupport,
    CommunicationProfessional,
}
