using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

public class HtmlReadingTests
{
    private const string GovernmentPage = """
        <!DOCTYPE html>
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>关于加快发展新质生产力的实施意见_东莞市人民政府门户网站</title>
        <link rel="canonical" href="https://www.dg.gov.cn/zwgk/art/2024/3/1/art_1.html">
        <style>.nav { color: red; }</style>
        <script>var 统计 = "不应出现的脚本文字";</script>
        </head>
        <body>
        <header><div class="logo">东莞市人民政府门户网站</div></header>
        <nav><ul><li>首页</li><li>政务公开</li></ul></nav>
        <div class="breadcrumb">首页 &gt; 政务公开 &gt; 通知公告</div>
        <div class="article">
        <h1>关于加快发展新质生产力的实施意见</h1>
        <p>为深入贯彻落实党中央、国务院决策部署，推动制造业高质量发展，现提出以下意见。</p>
        <p>一、总体要求：坚持创新驱动发展战略，
        培育壮大战略性新兴产业。</p>
        <div>二、重点任务<br>支持企业加大研发投入&nbsp;&amp;&nbsp;完善科技成果转化机制。</div>
        <ul><li>强化人才支撑</li><li>优化营商环境</li></ul>
        <table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>建设创新平台</td></tr></table>
        </div>
        <div class="bdsharebuttonbox">分享到：微信 微博</div>
        <aside>相关新闻：市政府召开常务会议</aside>
        <form><input name="q"> 站内搜索</form>
        <footer>主办单位：东莞市人民政府办公室 版权所有</footer>
        <noscript>请启用脚本</noscript>
        </body>
        </html>
        """;

    private const string ExpectedArticle = """
        关于加快发展新质生产力的实施意见
        为深入贯彻落实党中央、国务院决策部署，推动制造业高质量发展，现提出以下意见。
        一、总体要求：坚持创新驱动发展战略，培育壮大战略性新兴产业。
        二、重点任务
        支持企业加大研发投入 & 完善科技成果转化机制。
        强化人才支撑
        优化营商环境
        序号 任务
        1 建设创新平台
        """;

    private readonly DocumentFileReader _reader = new();

    [Fact]
    public void Gb2312_page_keeps_the_article_and_drops_the_furniture()
    {
        var page = ReadAssert.Accepted(_reader.Read("notice.html", SampleTexts.Gb18030.GetBytes(GovernmentPage)));

        Assert.Equal(ExpectedArticle.ReplaceLineEndings("\n"), page.Text);
        Assert.Equal(DocumentFileFormat.Html, page.Format);
        Assert.Equal("gb18030", page.Encoding);
    }

    [Fact]
    public void Title_and_canonical_address_are_kept()
    {
        var page = ReadAssert.Accepted(_reader.Read("notice.htm", SampleTexts.Gb18030.GetBytes(GovernmentPage)));

        Assert.Equal("关于加快发展新质生产力的实施意见_东莞市人民政府门户网站", page.Title);
        Assert.Equal("https://www.dg.gov.cn/zwgk/art/2024/3/1/art_1.html", page.SourceUrl);
    }

    [Theory]
    [InlineData("<meta charset=\"big5\">", "big5")]
    [InlineData("<meta charset=gbk>", "gb18030")]
    [InlineData("<meta http-equiv=\"content-type\" content=\"text/html;charset=GB2312\" />", "gb18030")]
    public void Declared_charset_is_honoured(string meta, string expected)
    {
        var html = $"<html><head>{meta}</head><body><p>{SampleTexts.ShortTraditional}</p></body></html>";
        var bytes = SampleTexts.Encode(html, expected);

        var page = ReadAssert.Accepted(_reader.Read("page.html", bytes));

        Assert.Equal(SampleTexts.ShortTraditional, page.Text);
        Assert.Equal(expected, page.Encoding);
    }

    [Fact]
    public void Declared_charset_that_does_not_fit_the_bytes_is_overruled()
    {
        var html = $"<html><head><meta charset=\"gb2312\"></head><body><p>{SampleTexts.Simplified}</p></body></html>";

        var page = ReadAssert.Accepted(_reader.Read("saved.html", SampleTexts.Encode(html, "utf-8")));

        Assert.Equal("utf-8", page.Encoding);
        Assert.StartsWith("东莞市人民政府关于加快发展新质生产力的实施意见。", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_charset_that_leaves_undecodable_bytes_is_overruled()
    {
        // Traditional characters in GB18030 use lead bytes Big5 does not have.
        var html = $"<html><head><meta charset=\"big5\"></head><body><p>{SampleTexts.ShortTraditional}</p></body></html>";

        var page = ReadAssert.Accepted(_reader.Read("resaved.html", SampleTexts.Encode(html, "gb18030")));

        Assert.Equal("gb18030", page.Encoding);
        Assert.Equal(SampleTexts.ShortTraditional, page.Text);
    }

    [Fact]
    public void Declared_charset_is_trusted_over_the_guess_when_it_decodes_cleanly()
    {
        // Big5 bytes that GB18030 also decodes without error: the page's word decides, even against the guess.
        var bytes = SampleTexts.Encode("東莞市人民政府", "big5");

        Assert.True(TextDecoder.TryDecode(bytes, "gb2312", out var declared, out _));
        Assert.True(TextDecoder.TryDecode(bytes, null, out var guessed, out _));

        Assert.Equal("gb18030", declared.EncodingName);
        Assert.Equal("big5", guessed.EncodingName);
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var html = "<p>&#x7B2C;&#19968;&#26465; &ldquo;新质生产力&rdquo; &lt;试行&gt; &amp; 附件&nbsp;1</p>";

        var page = ReadAssert.Accepted(_reader.Read("entities.html", SampleTexts.Encode(html, "utf-8")));

        Assert.Equal("第一条 “新质生产力” <试行> & 附件 1", page.Text);
    }

    [Fact]
    public void Block_elements_are_separate_lines_and_inline_elements_are_not()
    {
        var html = "<div><h2>第一章</h2><p>总则<b>说明</b>内容</p><section>第二章</section>"
            + "<article>附则</article><p>上一行<br/>下一行</p><span>行内</span><em>文字</em></div>";

        var page = ReadAssert.Accepted(_reader.Read("blocks.html", SampleTexts.Encode(html, "utf-8")));

        Assert.Equal("第一章\n总则说明内容\n第二章\n附则\n上一行\n下一行\n行内文字", page.Text);
    }

    [Fact]
    public void Article_title_meta_tag_is_preferred_to_the_page_title()
    {
        var html = "<html><head><title>通知_某市政府网</title><meta name=\"ArticleTitle\" content=\"关于做好春节期间安全生产工作的通知\">"
            + "<meta property=\"og:url\" content=\"https://www.example.gov.cn/a/1.html\"></head><body><p>各区县人民政府：现将有关事项通知如下。</p></body></html>";

        var page = ReadAssert.Accepted(_reader.Read("notice.html", SampleTexts.Encode(html, "utf-8")));

        Assert.Equal("关于做好春节期间安全生产工作的通知", page.Title);
        Assert.Equal("https://www.example.gov.cn/a/1.html", page.SourceUrl);
    }

    [Fact]
    public void First_heading_is_the_title_when_the_page_has_none()
    {
        var html = "<body><h1>市政府工作报告</h1><p>过去一年，全市经济运行稳中向好。</p></body>";

        var page = ReadAssert.Accepted(_reader.Read("report.html", SampleTexts.Encode(html, "utf-8")));

        Assert.Equal("市政府工作报告", page.Title);
        Assert.Null(page.SourceUrl);
    }

    [Fact]
    public void Relative_canonical_link_is_not_a_source_address()
    {
        var html = "<head><link rel=\"canonical\" href=\"/art/1.html\"></head><body><p>全市经济运行稳中向好。</p></body>";

        var page = ReadAssert.Accepted(_reader.Read("report.html", SampleTexts.Encode(html, "utf-8")));

        Assert.Null(page.SourceUrl);
    }

    [Fact]
    public void Element_holding_most_of_the_text_is_kept_whatever_it_is_called()
    {
        // ASP.NET pages wrap the whole body in a form.
        var html = "<body><form id=\"form1\"><div class=\"menu\">首页</div><p>为深入贯彻落实党中央决策部署，现提出以下意见。</p></form></body>";

        var page = ReadAssert.Accepted(_reader.Read("aspx.html", SampleTexts.Encode(html, "utf-8")));

        Assert.Equal("为深入贯彻落实党中央决策部署，现提出以下意见。", page.Text);
    }

    [Fact]
    public void Html_file_without_markup_is_read_as_plain_text()
    {
        var original = "第一行文字内容\n第二行文字内容\n";

        var text = ReadAssert.Accepted(_reader.Read("mislabelled.html", SampleTexts.Encode(original, "utf-8")));

        Assert.Equal(DocumentFileFormat.PlainText, text.Format);
        Assert.Equal(original, text.Text);
    }

    [Fact]
    public void Text_file_holding_an_html_page_is_read_as_html()
    {
        var html = "<!doctype html><html><head><title>通知</title></head><body><p>现将有关事项通知如下。</p><script>x()</script></body></html>";

        var page = ReadAssert.Accepted(_reader.Read("saved-page.txt", SampleTexts.Encode(html, "utf-8")));

        Assert.Equal(DocumentFileFormat.Html, page.Format);
        Assert.Equal("现将有关事项通知如下。", page.Text);
        Assert.Equal("通知", page.Title);
    }
}
