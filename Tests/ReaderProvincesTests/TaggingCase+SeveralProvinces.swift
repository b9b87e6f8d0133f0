import ReaderModels

extension TaggingCase {
    /// Texts that name several divisions, separately or under one name.
    static let severalProvinces: [TaggingCase] = [
        TaggingCase("京津冀协同发展", [.beijing, .tianjin, .hebei]),
        TaggingCase("Guangdong-Hong Kong-Macao Greater Bay Area", [.guangdong, .hongKong, .macao]),
        TaggingCase("粤港澳大湾区", [.guangdong, .hongKong, .macao]),
        TaggingCase("江浙沪包邮", [.jiangsu, .zhejiang, .shanghai]),
        TaggingCase("港澳台同胞", [.hongKong, .macao, .taiwan]),
        TaggingCase("Sichuan, Chongqing and Guizhou", [.sichuan, .chongqing, .guizhou]),
        TaggingCase("From Harbin to Sanya", [.heilongjiang, .hainan]),
        TaggingCase("新疆维吾尔自治区乌鲁木齐市与西藏自治区拉萨市", [.xinjiang, .tibet]),
        TaggingCase("Yunnan云南Kunming昆明", [.yunnan]),
        TaggingCase("山西和陕西", [.shanxi, .shaanxi]),
        TaggingCase("Fujian, Taiwan and Zhejiang delegates met in Xiamen", [.fujian, .taiwan, .zhejiang]),
        TaggingCase("Shenzhen and Hong Kong", [.guangdong, .hongKong]),
        TaggingCase("Qinghai's Hainan Prefecture and Hainan Province", [.qinghai, .hainan]),
        TaggingCase("Taizhou (台州) and Taizhou (泰州)", [.zhejiang, .jiangsu]),
        TaggingCase("The Yangtze flows through Wuhan, Nanjing and Shanghai", [.hubei, .jiangsu, .shanghai]),
        TaggingCase("广西和广东", [.guangxi, .guangdong]),
        TaggingCase("Inner Mongolia, Ningxia and Gansu", [.innerMongolia, .ningxia, .gansu]),
        TaggingCase("Liaoning, Jilin and Heilongjiang", [.liaoning, .jilin, .heilongjiang]),
        TaggingCase("Henan, Hubei and Hunan", [.henan, .hubei, .hunan]),
        TaggingCase("Anhui, Jiangxi and Shandong", [.anhui, .jiangxi, .shandong]),
    ]
}
