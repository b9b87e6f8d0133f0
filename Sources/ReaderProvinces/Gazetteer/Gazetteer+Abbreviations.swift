import ReaderModels

extension Gazetteer {
    /// The one-character abbreviations of the divisions. Distinctive ones are rarely anything
    /// else in running text; the others are common characters (`新` "new", `台` a measure word,
    /// `青` "young", `云` "cloud"), so a run of those alone counts only if listed in ``regions``.
    static let abbreviations: [Abbreviation] = [
        Abbreviation("京", .beijing, isDistinctive: false), Abbreviation("津", .tianjin, isDistinctive: false),
        Abbreviation("冀", .hebei, isDistinctive: true), Abbreviation("晋", .shanxi, isDistinctive: true),
        Abbreviation("蒙", .innerMongolia, isDistinctive: false), Abbreviation("辽", .liaoning, isDistinctive: true),
        Abbreviation("吉", .jilin, isDistinctive: false), Abbreviation("黑", .heilongjiang, isDistinctive: false),
        Abbreviation("沪", .shanghai, isDistinctive: true), Abbreviation("苏", .jiangsu, isDistinctive: false),
        Abbreviation("浙", .zhejiang, isDistinctive: true), Abbreviation("皖", .anhui, isDistinctive: true),
        Abbreviation("闽", .fujian, isDistinctive: true), Abbreviation("赣", .jiangxi, isDistinctive: true),
        Abbreviation("鲁", .shandong, isDistinctive: false), Abbreviation("豫", .henan, isDistinctive: true),
        Abbreviation("鄂", .hubei, isDistinctive: true), Abbreviation("湘", .hunan, isDistinctive: true),
        Abbreviation("粤", .guangdong, isDistinctive: true), Abbreviation("桂", .guangxi, isDistinctive: true),
        Abbreviation("琼", .hainan, isDistinctive: true), Abbreviation("渝", .chongqing, isDistinctive: true),
        Abbreviation("川", .sichuan, isDistinctive: false), Abbreviation("蜀", .sichuan, isDistinctive: true),
        Abbreviation("黔", .guizhou, isDistinctive: true), Abbreviation("贵", .guizhou, isDistinctive: false),
        Abbreviation("滇", .yunnan, isDistinctive: true), Abbreviation("云", .yunnan, isDistinctive: false),
        Abbreviation("藏", .tibet, isDistinctive: false), Abbreviation("陕", .shaanxi, isDistinctive: true),
        Abbreviation("秦", .shaanxi, isDistinctive: false), Abbreviation("甘", .gansu, isDistinctive: false),
        Abbreviation("陇", .gansu, isDistinctive: true), Abbreviation("青", .qinghai, isDistinctive: false),
        Abbreviation("宁", .ningxia, isDistinctive: false), Abbreviation("新", .xinjiang, isDistinctive: false),
        Abbreviation("港", .hongKong, isDistinctive: false), Abbreviation("澳", .macao, isDistinctive: false),
        Abbreviation("台", .taiwan, isDistinctive: false),
    ]
}
