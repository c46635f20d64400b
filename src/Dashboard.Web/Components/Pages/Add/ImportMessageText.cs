using Dashboard.Web.Localisation;
using Dashboard.Web.Services;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages.Add;

/// <summary>An entry's message in the reader's language; pasted text is named as such, not by the library's English name.</summary>
internal static class ImportMessageText
{
    public static string Name(IStringLocalizer<EditingStrings> strings, ImportEntry entry) =>
        entry.IsPasted ? strings["Add.Pasted"] : entry.FileName;

    public static string Problem(IStringLocalizer<EditingStrings> strings, ImportEntry entry)
    {
        if (entry.Problem is not { } problem)
        {
            return "";
        }

        var arguments = problem.Arguments.ToArray();
        if (entry.IsPasted && arguments.Length > 0 && Equals(arguments[0], entry.FileName))
        {
            arguments[0] = strings["Add.Pasted"].Value;
        }

        return strings[problem.Key, arguments];
    }
}
