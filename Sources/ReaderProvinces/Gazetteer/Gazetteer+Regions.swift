import ReaderModels

extension Gazetteer {
    /// Names that cover several divisions at once, built from their names or abbreviations.
    static let regions: [Region] = [
        Region(["Jing-Jin-Ji", "Jingjinji", "京津冀"], covering: [.beijing, .tianjin, .hebei]),
        Region(["Greater Bay Area", "粤港澳", "大湾区"], covering: [.guangdong, .hongKong, .macao]),
        Region(["江浙沪"], covering: [.jiangsu, .zhejiang, .shanghai]),
        Region(["川渝"], covering: [.sichuan, .chongqing]),
        Region(["港澳"], covering: [.hongKong, .macao]),
        Region(["港澳台"], covering: [.hongKong, .macao, .taiwan]),
    ]
}
