namespace Dashboard.Analysis.Places;

/// <summary>How a place is mentioned; each kind has its weight in <see cref="MentionWeights"/>.</summary>
internal enum MentionKind
{
    /// <summary>The place as an issuing body: 东莞市委, 中共绥化市委, 合肥市人民政府, 合肥市第十七届人民代表大会.</summary>
    IssuingBody,

    /// <summary>A clause opening with the place and naming a meeting: 绥化市新质生产力发展大会召开.</summary>
    Meeting,

    /// <summary>A government department of the place: 东莞市科学技术局.</summary>
    Department,

    /// <summary>A name written in front of a division inside it, as its address: 北京市 in 北京市朝阳区, 湖南 in 湖南长沙.</summary>
    Qualifier,

    /// <summary>The full name anywhere else: 东莞市.</summary>
    Plain,

    /// <summary>A short name in a context that marks it as a place: 绥化特色, 东莞实践, 在东莞; and province short names.</summary>
    AnchoredShortName,

    /// <summary>A short name without such context (助推东莞加快): weak evidence, never acting.</summary>
    BareShortName,

    /// <summary>A session given to the place in a series (驻马店专场新闻发布会): the text is about it.</summary>
    Subject,

    /// <summary>One of several places or bodies listed side by side (博罗县委书记…、海丰县委书记…): a participant, not the host.</summary>
    Participant,

    /// <summary>A place named as a reference, not as the text's subject: visited by the national leadership, travelled to,
    /// learnt from, a partner, an origin, or a superior whose decision is conveyed.</summary>
    Reference,

    /// <summary>The place inside the name of a company, college or the like: 肇东市东龙节能新技术有限公司, 绥化学院.</summary>
    Organisation,
}
