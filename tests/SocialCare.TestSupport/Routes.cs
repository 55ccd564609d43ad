namespace SocialCare.TestSupport;

/// <summary>SocialCare's routes, mapped at the Host's root.</summary>
public static class Routes
{
    public static string View(string patientId) => $"/api/v1/patients/{patientId}/social-care";

    public static string Tab(string patientId) => $"/api/v1/patients/{patientId}/social-care/tab";

    public static string Page(string patientId) => $"/patients/{patientId}/social-care";

    public static string History(string patientId) => $"/api/v1/patients/{patientId}/social-care/access-history";

    public static string HistoryPage(string patientId) => $"/patients/{patientId}/social-care/access-history";
}
