namespace Dashboard.Web.Reports;

/// <summary>
/// How many report files the server makes (Dashboard:Reports): PDFs are printed by Chromium and take seconds each, so
/// each client may ask for a few a minute, at most <see cref="PdfConcurrent"/> print at once and a bounded number wait.
/// </summary>
public sealed class ReportLimits
{
    public const string Section = "Dashboard:Reports";

    /// <summary>PDFs one client (address) may ask for per minute.</summary>
    public int PdfPerClientPerMinute { get; set; } = 6;

    /// <summary>PDFs printed at the same time, for all clients.</summary>
    public int PdfConcurrent { get; set; } = 2;

    /// <summary>PDF requests that may wait for a printer; more are refused at once.</summary>
    public int PdfQueue { get; set; } = 8;

    /// <summary>Spreadsheets and CSV archives one client may ask for per minute.</summary>
    public int FilesPerClientPerMinute { get; set; } = 30;

    /// <summary>What to tell a client refused because every printer and queue place is taken (seconds).</summary>
    public int BusyRetryAfterSeconds { get; set; } = 10;
}
