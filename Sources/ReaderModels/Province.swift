/// One of China's 34 provincial-level divisions.
///
/// The raw value is the canonical English name used on the wire
/// (the Sync API's `provinces` field) and in the cache.
///
/// For example:
///
/// ```swift
/// let yunnan = Province.yunnan
/// print(yunnan.name)         // "Yunnan"
/// print(yunnan.chineseName)  // "云南"
/// ```
public enum Province: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case beijing = "Beijing"
    case tianjin = "Tianjin"
    case hebei = "Hebei"
    case shanxi = "Shanxi"
    case innerMongolia = "Inner Mongolia"
    case liaoning = "Liaoning"
    case jilin = "Jilin"
    case heilongjiang = "Heilongjiang"
    case shanghai = "Shanghai"
    case jiangsu = "Jiangsu"
    case zhejiang = "Zhejiang"
    case anhui = "Anhui"
    case fujian = "Fujian"
    case jiangxi = "Jiangxi"
    case shandong = "Shandong"
    case henan = "Henan"
    case hubei = "Hubei"
    case hunan = "Hunan"
    case guangdong = "Guangdong"
    case guangxi = "Guangxi"
    case hainan = "Hainan"
    case chongqing = "Chongqing"
    case sichuan = "Sichuan"
    case guizhou = "Guizhou"
    case yunnan = "Yunnan"
    case tibet = "Tibet"
    case shaanxi = "Shaanxi"
    case gansu = "Gansu"
    case qinghai = "Qinghai"
    case ningxia = "Ningxia"
    case xinjiang = "Xinjiang"
    case hongKong = "Hong Kong"
    case macao = "Macao"
    case taiwan = "Taiwan"

    /// The canonical English name, for example `"Inner Mongolia"`.
    public var name: String { rawValue }

    /// The short Chinese name, for example `"内蒙古"`.
    public var chineseName: String {
        switch self {
        case .beijing: "北京"
        case .tianjin: "天津"
        case .hebei: "河北"
        case .shanxi: "山西"
        case .innerMongolia: "内蒙古"
        case .liaoning: "辽宁"
        case .jilin: "吉林"
        case .heilongjiang: "黑龙江"
        case .shanghai: "上海"
        case .jiangsu: "江苏"
        case .zhejiang: "浙江"
        case .anhui: "安徽"
        case .fujian: "福建"
        case .jiangxi: "江西"
        case .shandong: "山东"
        case .henan: "河南"
        case .hubei: "湖北"
        case .hunan: "湖南"
        case .guangdong: "广东"
        case .guangxi: "广西"
        case .hainan: "海南"
        case .chongqing: "重庆"
        case .sichuan: "四川"
        case .guizhou: "贵州"
        case .yunnan: "云南"
        case .tibet: "西藏"
        case .shaanxi: "陕西"
        case .gansu: "甘肃"
        case .qinghai: "青海"
        case .ningxia: "宁夏"
        case .xinjiang: "新疆"
        case .hongKong: "香港"
        case .macao: "澳门"
        case .taiwan: "台湾"
        }
    }

    /// Orders provinces by canonical English name.
    public static func < (lhs: Province, rhs: Province) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
