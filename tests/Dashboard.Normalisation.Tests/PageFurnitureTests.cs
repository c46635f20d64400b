namespace Dashboard.Normalisation.Tests;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("字號: 大 中 小")]
    [InlineData("字号：大中小")]
    [InlineData("　字号 ： 大　中　小　")]
    [InlineData("【字体：大 中 小】")]
    [InlineData("- 相關(guān)新聞")]
    [InlineData("相关新闻")]
    [InlineData("【相关阅读】")]
    [InlineData("分享到：")]
    [InlineData("分享到: 微信 微博 QQ空间")]
    [InlineData("打印本页")]
    [InlineData("关闭窗口")]
    [InlineData("【打印】【关闭】")]
    [InlineData("打印本页 | 关闭窗口")]
    [InlineData("扫一扫在手机打开当前页")]
    [InlineData("责任编辑：张三")]
    [InlineData("（责任编辑：李四）")]
    public void Normaliser_drops_furniture_lines(string furniture) =>
        Assert.Equal("第一段。\n第二段。", Normalisers.Normalise($"第一段。\n{furniture}\n第二段。"));

    [Theory]
    [InlineData("请将相关新闻稿件报送市委宣传部。")]
    [InlineData("会后请打印本页材料并关闭窗口。")]
    [InlineData("群众扫一扫就能办理业务。")]
    [InlineData("字号要大。")]
    [InlineData("分享到各地的经验做法，值得学习。")]
    [InlineData("相关新闻报道显示，产业稳步增长。")]
    public void Normaliser_keeps_sentences_that_mention_furniture_words(string sentence) =>
        Assert.Equal($"第一段。\n{sentence}", Normalisers.Normalise($"第一段。\n{sentence}"));

    [Fact]
    public void Normaliser_drops_furniture_on_the_first_and_last_line() =>
        Assert.Equal("正文。", Normalisers.Normalise("字號: 大 中 小\r\n正文。\r\n- 相關(guān)新聞"));
}
