import ReaderModels

extension Gazetteer {
    /// Names that cover several divisions at once, built from their names or abbreviations.
    ///
    /// Runs of abbreviations with a distinctive one (`沪苏浙皖`, `晋陕豫`) need no entry; those
    /// listed here made only of abbreviations (`港澳`, `云贵川`) are runs by themselves and join
    /// others (`粤港澳`). `沪宁` and `宁杭` use `宁` for Nanjing, not Ningxia.
    static let regions: [Region] = [
        Region(["Jing-Jin-Ji", "Jingjinji", "京津冀"], covering: [.beijing, .tianjin, .hebei]),
        Region(["京津"], covering: [.beijing, .tianjin]),
        Region(["Greater Bay Area", "粤港澳", "大湾区"], covering: [.guangdong, .hongKong, .macao]),
        Region(["江浙沪"], covering: [.jiangsu, .zhejiang, .shanghai]),
        Region(["川渝", "成渝"], covering: [.sichuan, .chongqing]),
        Region(["港澳"], covering: [.hongKong, .macao]),
        Region(["港澳台"], covering: [.hongKong, .macao, .taiwan]),
        Region(["港台"], covering: [.hongKong, .taiwan]),
        Region(["京港"], covering: [.beijing, .hongKong]),
        Region(["青藏"], covering: [.qinghai, .tibet]),
        Region(["川藏"], covering: [.sichuan, .tibet]),
        Region(["新藏"], covering: [.xinjiang, .tibet]),
        Region(["云贵"], covering: [.yunnan, .guizhou]),
        Region(["云贵川"], covering: [.yunnan, .guizhou, .sichuan]),
        Region(["甘青", "青甘"], covering: [.gansu, .qinghai]),
        Region(["黑吉"], covering: [.heilongjiang, .jilin]),
        Region(["沪宁"], covering: [.shanghai, .jiangsu]),
        Region(["宁杭"], covering: [.jiangsu, .zhejiang]),
        Region(["宁镇扬"], covering: [.jiangsu]),
        Region(
            ["东北三省", "three northeastern provinces", "three provinces of Northeast China"],
            covering: [.liaoning, .jilin, .heilongjiang]),
    ]
}
