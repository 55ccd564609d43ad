namespace SocialCare.Domain.Records;

/// <summary>The four categories of the Accessible Information Standard, in the order the page lists them.</summary>
public enum CommunicationNeedCategory
{
    /// <summary>How the person should be contacted.</summary>
    ContactMethod,
    /// <summary>The format information should be given in.</summary>
    InformationFormat,
    /// <summary>The support the person needs to communicate.</summary>
    CommunicationSupport,
    /// <summary>A professional the person needs to communicate, such as an interpreter.</summary>
    CommunicationProfessional,
}
