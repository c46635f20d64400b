namespace Dashboard.Analysis.Documents;

/// <summary>What a document is: the kinds analysts filter by.</summary>
public enum DocumentKind
{
    Other,
    MeetingRelease,
    WorkReport,
    PressConference,
    NewsFeature,
    Plan,
}
