namespace Dashboard.Data.Ingestion;

/// <summary>
/// The most frequent Chinese characters, to tell a correct decoding from a wrong one: decoded with the right
/// encoding, about three characters in four of a real text are among these; decoded with the wrong one, few are.
/// </summary>
/// <remarks>
/// Generated once from the character frequencies of the jieba dictionary (words weighted by their counts).
/// <see cref="Simplified"/>: the 500 most frequent characters of GB2312 level 1. <see cref="Traditional"/>: the
/// Big5 level-1 traditional forms (per OpenCC) of the most frequent characters, first 500.
/// </remarks>
internal static class CommonHanzi
{
    public const string Simplified =
        "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可"
        + "过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
        + "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城"
        + "十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
        + "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领"
        + "队直计别女权话少流命至报米给打变果书清活华几州解议更称程今决张导术府才保交放管结师便走达族反再题色五"
        + "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边"
        + "据集联古广完质阳难增历史专官每住商即步认车台林必死游举线皇言土团收考求德叫近备研争非具李众连调感转笑"
        + "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃"
        + "观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编";

    public const string Traditional =
        "一是人了不在有大中國和為這上他個箇地年來我會以到時要齣出的生學說道民傢家子也成行下們於于後后就發髮自"
        + "之對得主長可過天作分方用多你部能市等業全裡里工公經本都而高政法麵面門動日進區事代那去心小同北定開產前"
        + "其軍還然起種所如現理機體錶表力好外與文噹當兩實重新三么麼隻只山水關明從化平建又製制南內西沒此將員名手"
        + "最東頭者月間無安看見各城十相但已些正口通想度加第她閤合院物性戰由位常點海意場武使次二嚮向治因立數樣身"
        + "情入原問把路被並併并利石老教萬知級量任江及應省資委務元美特期世湖迴回係繫系比氣漢總展電科金先聲提品設"
        + "或義王社很統處四首共馬形己兒儿司太目基領隊直計別彆女權話少流命至報米給打變果書清活華幾几州解議更稱程"
        + "今決張導朮術府纔才保交放管結師便走達族反再題色五京河接條規式縣白它改風光運信受什組聽听佈布百濟黨指論"
        + "強做取技黃神選記斯真卻職號界件花類何眼兵傳帶空乾幹榦干農邊據集聯古廣完質陽難增曆歷史專官每住商即步認"
        + "車檯臺颱台林必死遊游舉線皇言土團糰收考求德叫近備研爭非具李眾連調感轉笑革該持始英剋克士爾讓拉思根格造"
        + "較際親單朝紅型價校約器字段週周亞深候則功屬積快圖火韆千準准究往極育裝許參半令喫吃觀魚精辦像帝八復複影";

    private const char First = '\u4E00';
    private const char Last = '\u9FFF';

    private static readonly bool[] IsCommonByOffset = BuildLookup();

    public static bool Contains(char c) => c is >= First and <= Last && IsCommonByOffset[c - First];

    private static bool[] BuildLookup()
    {
        var lookup = new bool[Last - First + 1];
        foreach (var c in Simplified + Traditional)
        {
            lookup[c - First] = true;
        }

        return lookup;
    }
}
