namespace Dashboard.Analysis.Priorities;

/// <summary>What a locality says it will build.</summary>
public enum PriorityKind
{
    /// <summary>An industry, field, cluster or chain named in a list under a head (六大产业集群: 生物发酵, ...).</summary>
    Industry,

    /// <summary>A quoted or numbered programme: “4106”现代化产业体系, “十百千万百万”人才工程, “工改工”, 七大战新产业基地.</summary>
    Programme,

    /// <summary>A named platform or place: 松山湖, 大科学装置, 材料实验室, 绥化经开区.</summary>
    Platform,

    /// <summary>A target with a number and a unit: 战略性新兴产业增加值 1000 亿元 by 2027.</summary>
    Target,
}
