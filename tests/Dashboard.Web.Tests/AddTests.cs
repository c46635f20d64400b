using System.Text;
using Dashboard.Data.Ingestion;
using Dashboard.Web.Components.Pages.Add;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests;

public sealed class AddTests : DashboardTestContext
{
    /// <summary>A Dongguan release dated 15 March 2024, made up for the tests.</summary>
    internal const string DongguanText =
        "东莞市推动制造业高质量发展若干措施\n" +
        "2024年3月15日，东莞市人民政府印发《东莞市推动制造业高质量发展若干措施》。" +
        "措施提出，加快培育新质生产力，支持企业技术改造和数字化转型，对符合条件的项目给予资金补助。" +
        "东莞市将建设先进制造业集群，完善产业链供应链，推动科技创新与产业创新深度融合。";

    /// <summary>A text that names no place: its locality must be chosen or confirmed as none.</summary>
    internal const string PlacelessText =
        "关于进一步优化营商环境的工作方案\n为进一步优化营商环境，激发市场主体活力，现提出以下工作方案。" +
        "一是深化简政放权，二是加强事中事后监管，三是提升政务服务水平。";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignInAsEditor();
    }

    [Fact]
    public async Task Editor_pastes_Chinese_text_sees_the_preview_and_detected_fields_then_saves_it_to_the_store()
    {
        var page = Render<Add>();

        Paste(page, DongguanText);

        page.WaitForAssertion(() =>
        {
            Assert.Contains("新质生产力", page.Find("[data-testid=entry-preview-1]").TextContent, StringComparison.Ordinal);
            Assert.Equal("东莞市推动制造业高质量发展若干措施", Input(page, "entry-title-1").GetAttribute("value"));
            Assert.Contains("Dongguan", Input(page, "entry-locality-1").GetAttribute("value"), StringComparison.Ordinal);
            Assert.Equal("2024-03-15", Input(page, "entry-date-1").GetAttribute("value"));
        });

        Input(page, "entry-title-1").Change("东莞市制造业高质量发展措施");
        page.Find("[data-testid=entry-save-1]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=entry-saved-1]")));
        var documents = await Analysis.Store.ListAsync();
        Assert.Equal(3, documents.Count);
        var saved = Assert.Single(documents, d => d.Title == "东莞市制造业高质量发展措施");
        Assert.Equal("441900", saved.LocalityCode);
        Assert.Equal((2024, 3, 15), (saved.Year, saved.Month, saved.Day));
        Assert.Equal(3, (await Snapshots.GetAsync()).Documents.Count);
    }

    [Fact]
    public async Task A_duplicate_of_a_stored_document_is_refused_naming_the_original()
    {
        var seed = await File.ReadAllTextAsync(Path.Combine(SeededStore.SeedsDirectory, "000_7fb5d263923113ca.txt"));
        var page = Render<Add>();

        Paste(page, seed);

        page.WaitForAssertion(() =>
        {
            var refusal = page.Find("[data-testid=refused-1]").TextContent;
            Assert.Contains("already stored as “东莞市委理论学习中心组召开专题学习会”", refusal, StringComparison.Ordinal);
        });
        Assert.Empty(page.FindAll("[data-testid=entry-save-1]"));
        Assert.Equal(2, await Analysis.Store.CountAsync());
    }

    [Fact]
    public void Whitespace_only_and_non_Chinese_pasted_text_are_refused_in_words()
    {
        var page = Render<Add>();

        Paste(page, "   \n\t ");
        page.WaitForAssertion(() => Assert.Contains("Pasted text is empty: there is no text to add.", page.Find("[data-testid=refused-1]").TextContent, StringComparison.Ordinal));

        Paste(page, "This is an English press release about manufacturing.");
        page.WaitForAssertion(() => Assert.Contains("contains no Chinese text", page.Find("[data-testid=refused-2]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_GBK_encoded_text_file_is_read_and_converted()
    {
        var gbk = CodePagesEncoding("GB18030").GetBytes(DongguanText);
        var page = Render<Add>();

        Upload(page, InputFileContent.CreateFromBinary(gbk, "dongguan-gbk.txt", contentType: "text/plain"));

        page.WaitForAssertion(() =>
        {
            Assert.Contains("gb18030", page.Find("[data-testid=entry-encoding-1]").TextContent, StringComparison.Ordinal);
            Assert.Contains("东莞市人民政府", page.Find("[data-testid=entry-preview-1]").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_UTF8_file_with_a_stray_byte_is_read_and_the_editor_told_which_line_to_check()
    {
        // Long enough that one byte is under one in a thousand.
        var text = DongguanText + "\n" + string.Join("\n", Enumerable.Repeat(DongguanText.Replace("若干措施", "实施方案", StringComparison.Ordinal), 4));
        var lines = Encoding.UTF8.GetBytes(text).ToList();
        var secondLine = lines.IndexOf((byte)'\n') + 1;
        lines.Insert(secondLine, 0xFF);
        var page = Render<Add>();

        Upload(page, InputFileContent.CreateFromBinary([.. lines], "scraped.txt", contentType: "text/plain"));

        page.WaitForAssertion(() =>
        {
            var notice = page.Find("[data-testid=entry-repaired-1]").TextContent;
            Assert.Contains("1 invalid byte(s)", notice, StringComparison.Ordinal);
            Assert.Contains("line 2", notice, StringComparison.Ordinal);
            Assert.Contains("utf-8", page.Find("[data-testid=entry-encoding-1]").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_empty_file_and_a_file_that_is_not_text_are_refused_with_their_reasons()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
        var page = Render<Add>();

        Upload(page,
            InputFileContent.CreateFromBinary([], "empty.txt", contentType: "text/plain"),
            InputFileContent.CreateFromBinary(png, "picture.txt", contentType: "text/plain"),
            InputFileContent.CreateFromBinary(png, "picture.png", contentType: "image/png"));

        page.WaitForAssertion(() =>
        {
            Assert.Contains("empty.txt is empty", page.Find("[data-testid=refused-1]").TextContent, StringComparison.Ordinal);
            Assert.Contains("picture.txt is not text", page.Find("[data-testid=refused-2]").TextContent, StringComparison.Ordinal);
            Assert.Contains("picture.png has an unsupported file type (.png)", page.Find("[data-testid=refused-3]").TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(page.FindAll("[data-testid^=entry-save]"));
    }

    [Fact]
    public async Task A_batch_with_good_and_bad_files_keeps_the_good_ones_and_lists_the_bad_ones()
    {
        var html = Encoding.UTF8.GetBytes("<html><head><title>东莞市推动制造业高质量发展若干措施</title></head><body><p>" +
            DongguanText.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>");
        var page = Render<Add>();

        Upload(page,
            InputFileContent.CreateFromText(PlacelessText.Replace("优化", "改善", StringComparison.Ordinal) + "\n绥化市人民政府 2024年5月6日", "suihua.txt"),
            InputFileContent.CreateFromBinary([], "blank.txt"),
            InputFileContent.CreateFromBinary(html, "dongguan.html", contentType: "text/html"),
            InputFileContent.CreateFromText("no Chinese at all", "english.txt"));
        page.WaitForAssertion(() => Assert.Contains("2 ready, 0 saved, 2 refused.", page.Find("[data-testid=add-summary]").TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=save-all]").Click();

        page.WaitForAssertion(() => Assert.Contains("0 ready, 2 saved, 2 refused.", page.Find("[data-testid=add-summary]").TextContent, StringComparison.Ordinal));
        var refused = page.Find("[data-testid=refused-list]").TextContent;
        Assert.Contains("blank.txt", refused, StringComparison.Ordinal);
        Assert.Contains("english.txt", refused, StringComparison.Ordinal);
        var documents = await Analysis.Store.ListAsync();
        Assert.Equal(4, documents.Count);
        Assert.Contains(documents, d => d.LocalityCode == "231200");
        Assert.Contains(documents, d => d.LocalityCode == "441900" && d.Title == "东莞市推动制造业高质量发展若干措施");
    }

    [Fact]
    public async Task A_text_without_a_locality_is_saved_only_once_the_editor_confirms_it_has_none()
    {
        var page = Render<Add>();
        Paste(page, PlacelessText);
        page.WaitForAssertion(() => Assert.Contains("No locality was found", page.Find("[data-testid=entry-1]").TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=entry-save-1]").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose its locality, or confirm that it has none", page.Find("[data-testid=entry-problem-1]").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, await Analysis.Store.CountAsync());

        page.Find("[data-testid=entry-confirm-no-locality-1] input, input[data-testid=entry-confirm-no-locality-1]").Change(true);
        page.Find("[data-testid=entry-save-1]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=entry-saved-1]")));
        Assert.Contains(await Analysis.Store.ListAsync(), d => d.LocalityCode is null && d.Title.StartsWith("关于进一步优化营商环境", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_locality_picker_searches_the_gazetteer_and_the_choice_is_stored()
    {
        var page = Render<Add>();
        Paste(page, PlacelessText);
        page.WaitForAssertion(() => page.Find("[data-testid=entry-save-1]"));
        var picker = page.FindComponent<MudBlazor.MudAutocomplete<Dashboard.Analysis.Places.Division>>();

        var search = picker.Instance.SearchFunc ?? throw new InvalidOperationException("The locality picker has no search.");
        IEnumerable<Dashboard.Analysis.Places.Division> found = search("suihua", CancellationToken.None) is { } pending ? await pending ?? [] : [];
        var suihua = Assert.Single(found, d => d.Code == "231200");
        await page.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(suihua));
        page.Find("[data-testid=entry-save-1]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=entry-saved-1]")));
        Assert.Contains(await Analysis.Store.ListAsync(), d => d.LocalityCode == "231200" && d.ProvinceCode == "230000");
    }

    [Fact]
    public async Task A_date_in_the_future_is_refused_until_corrected()
    {
        var page = Render<Add>();
        Paste(page, DongguanText.Replace("2024年3月15日", "2099年3月15日", StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Contains("The date 2099-03-15 is in the future", page.Find("[data-testid=entry-problem-1]").TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=entry-save-1]").Click();
        page.WaitForAssertion(() => Assert.Contains("in the future", page.Find("[data-testid=entry-problem-1]").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, await Analysis.Store.CountAsync());

        Input(page, "entry-date-1").Change("2024-03");
        page.Find("[data-testid=entry-save-1]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=entry-saved-1]")));
        Assert.Contains(await Analysis.Store.ListAsync(), d => d.Year == 2024 && d.Month == 3 && d.Day is null);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_being_read()
    {
        Services.AddSingleton<IOptions<ImportLimits>>(Options.Create(new ImportLimits { MaxFileBytes = 1024 }));
        var page = Render<Add>();

        Upload(page, InputFileContent.CreateFromText(string.Concat(Enumerable.Repeat(DongguanText, 20)), "big.txt"));

        page.WaitForAssertion(() => Assert.Contains("big.txt is too large", page.Find("[data-testid=refused-1]").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, await Analysis.Store.CountAsync());
    }

    [Fact]
    public void Refusals_are_given_in_Chinese_to_Chinese_readers()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
        var page = Render<Add>();

        Paste(page, "   ");

        page.WaitForAssertion(() => Assert.Contains("粘贴的文本 是空的", page.Find("[data-testid=refused-1]").TextContent, StringComparison.Ordinal));
    }

    internal static void Paste(IRenderedComponent<Add> page, string text)
    {
        page.Find("[data-testid=paste-text] textarea, textarea[data-testid=paste-text]").Change(text);
        page.Find("[data-testid=paste-read]").Click();
    }

    private static void Upload(IRenderedComponent<Add> page, params InputFileContent[] files) =>
        page.FindComponent<InputFile>().UploadFiles(files);

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<Add> page, string testId) =>
        page.Find($"[data-testid={testId}] input, input[data-testid={testId}]");

    private static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
