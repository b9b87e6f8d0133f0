import ReaderModels

/// How the corpus names a province and one of its cities, in English and Chinese.
///
/// Every generated article names its province in full and one of its cities,
/// the way the national IP office's news does, so a gazetteer-based tagger
/// finds the province from the text alone.
struct ProvinceNames: Sendable {
    /// The full English name, for example `Guangxi Zhuang Autonomous Region`.
    let englishFull: String
    /// The full Chinese name, for example `广西壮族自治区`.
    let chineseFull: String
    /// A city or district in English, for example `Nanning`.
    let englishCity: String
    /// The same city or district in Chinese, for example `南宁`.
    let chineseCity: String

    /// The names for `province`.
    static func of(_ province: Province) -> ProvinceNames {
        switch province {
        case .beijing: .init("Beijing Municipality", "北京市", "Haidian District", "海淀区")
        case .tianjin: .init("Tianjin Municipality", "天津市", "Binhai New Area", "滨海新区")
        case .hebei: .init("Hebei Province", "河北省", "Shijiazhuang", "石家庄")
        case .shanxi: .init("Shanxi Province", "山西省", "Taiyuan", "太原")
        case .innerMongolia: .init("Inner Mongolia Autonomous Region", "内蒙古自治区", "Hohhot", "呼和浩特")
        case .liaoning: .init("Liaoning Province", "辽宁省", "Shenyang", "沈阳")
        case .jilin: .init("Jilin Province", "吉林省", "Changchun", "长春")
        case .heilongjiang: .init("Heilongjiang Province", "黑龙江省", "Harbin", "哈尔滨")
        case .shanghai: .init("Shanghai Municipality", "上海市", "Pudong New Area", "浦东新区")
        case .jiangsu: .init("Jiangsu Province", "江苏省", "Nanjing", "南京")
        case .zhejiang: .init("Zhejiang Province", "浙江省", "Hangzhou", "杭州")
        case .anhui: .init("Anhui Province", "安徽省", "Hefei", "合肥")
        case .fujian: .init("Fujian Province", "福建省", "Fuzhou", "福州")
        case .jiangxi: .init("Jiangxi Province", "江西省", "Nanchang", "南昌")
        case .shandong: .init("Shandong Province", "山东省", "Jinan", "济南")
        case .henan: .init("Henan Province", "河南省", "Zhengzhou", "郑州")
        case .hubei: .init("Hubei Province", "湖北省", "Wuhan", "武汉")
        case .hunan: .init("Hunan Province", "湖南省", "Changsha", "长沙")
        case .guangdong: .init("Guangdong Province", "广东省", "Guangzhou", "广州")
        case .guangxi: .init("Guangxi Zhuang Autonomous Region", "广西壮族自治区", "Nanning", "南宁")
        case .hainan: .init("Hainan Province", "海南省", "Haikou", "海口")
        case .chongqing: .init("Chongqing Municipality", "重庆市", "Liangjiang New Area", "两江新区")
        case .sichuan: .init("Sichuan Province", "四川省", "Chengdu", "成都")
        case .guizhou: .init("Guizhou Province", "贵州省", "Guiyang", "贵阳")
        case .yunnan: .init("Yunnan Province", "云南省", "Kunming", "昆明")
        case .tibet: .init("Tibet Autonomous Region", "西藏自治区", "Lhasa", "拉萨")
        case .shaanxi: .init("Shaanxi Province", "陕西省", "Xi'an", "西安")
        case .gansu: .init("Gansu Province", "甘肃省", "Lanzhou", "兰州")
        case .qinghai: .init("Qinghai Province", "青海省", "Xining", "西宁")
        case .ningxia: .init("Ningxia Hui Autonomous Region", "宁夏回族自治区", "Yinchuan", "银川")
        case .xinjiang: .init("Xinjiang Uygur Autonomous Region", "新疆维吾尔自治区", "Urumqi", "乌鲁木齐")
        case .hongKong: .init("Hong Kong Special Administrative Region", "香港特别行政区", "Kowloon", "九龙")
        case .macao: .init("Macao Special Administrative Region", "澳门特别行政区", "Taipa", "氹仔")
        case .taiwan: .init("Taiwan Province", "台湾省", "Taipei", "台北")
        }
    }

    private init(_ englishFull: String, _ chineseFull: String, _ englishCity: String, _ chineseCity: String) {
        self.englishFull = englishFull
        self.chineseFull = chineseFull
        self.englishCity = englishCity
        self.chineseCity = chineseCity
    }
}
