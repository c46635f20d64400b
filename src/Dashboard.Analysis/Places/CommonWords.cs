namespace Dashboard.Analysis.Places;

/// <summary>
/// Division names that are also everyday words of policy prose, which the detector does not read as places:
/// 新兴 (新兴产业, not 新兴县), 朝阳 (朝阳产业), 解放 (解放思想), 和平, 合作, 资源, 城区.
/// Drawn from the short names that jieba's dictionary lists as common words; the full names still count (新兴县).
/// </summary>
internal static class CommonWords
{
    /// <summary>Full names read as words: 城区 (主城区), 老城区 (老城区改造), 郊区.</summary>
    public static readonly IReadOnlySet<string> FullNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "城区", "郊区", "矿区", "新城区", "老城区", "市中区", "城中区", "城北区", "城东区", "城西区", "东区", "西区",
    };

    /// <summary>Short names read as words.</summary>
    public static readonly IReadOnlySet<string> ShortNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "和平", "资源", "合作", "武功", "比如", "南部", "解放", "东方", "前进", "港口", "公安", "友好", "共和", "城中",
        "友谊", "平安", "中方", "安定", "延长", "光明", "新兴", "运河", "万年", "东风", "南岸", "城北", "工农", "大名",
        "富裕", "清水", "高明", "前锋", "复兴", "清新", "宏伟", "平定", "洞口", "太和", "温泉", "石门", "向阳", "振兴",
        "三元", "大方", "新华", "建平", "莲花", "平和", "名山", "黄龙", "白云", "全州", "桃源", "三门", "大观",
        "永和", "二七", "台前", "金山", "丰满", "永新", "双桥", "高台", "九龙", "二道", "无为", "民权", "小店", "同心",
        "元宝", "宝塔", "太白", "定远", "灯塔", "白玉", "大兴", "天涯", "七星", "海棠", "博爱", "回民", "钟楼", "江岸",
        "方正", "安居", "黑水", "龙凤", "鼓楼", "上党", "大通", "新民", "镇远", "富民", "清流", "水城", "龙口", "紫金",
        "老城", "爱民", "惠民", "上高", "天台", "阳明", "新城", "长安", "江南", "江北", "城关", "安宁", "长寿", "通道",
        "中山", "市中", "河东", "河西", "城西", "城东", "铁东", "铁西", "中原", "新市", "开化", "康乐", "兴业", "德化",
        "同仁", "政和", "保康", "和顺", "红旗", "城阳", "东山", "西山", "南山", "青山", "朝阳", "来宾", "海港",
        "红山", "南关", "立山", "新建", "长丰", "合山", "市南", "市北", "大安", "永安", "万全", "临江", "双城",
    };
}
