import ReaderModels

extension Gazetteer {
    /// Hong Kong, Macao and Taiwan, which have no prefecture-level divisions.
    static let specialAdministrativeRegionsAndTaiwan: [Division] = [
        Division(
            .hongKong,
            names: [
                "Hong Kong", "Hongkong", "Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR", "HK",
                "香港", "香港特别行政区", "香港特區",
            ],
            places: [
                .local("Kowloon", "九龙"),
                .local("New Territories", "新界"),
                .local("Tsim Sha Tsui", "尖沙咀"),
                .local("Causeway Bay", "铜锣湾"),
                .local("Wan Chai", "湾仔"),
                .local("Mong Kok", "Mongkok", "旺角"),
                .local("Sha Tin", "Shatin", "沙田区"),
                .local("Tsuen Wan", "荃湾"),
                .local("Kwun Tong", "观塘"),
                .local("Tuen Mun", "屯门"),
                .local("Yuen Long", "元朗"),
                .local("Lantau", "大屿山"),
            ]),
        Division(
            .macao,
            names: [
                "Macao", "Macau", "Macao SAR", "Macau SAR", "Macao Special Administrative Region",
                "Macau Special Administrative Region", "澳门", "澳门特别行政区",
            ],
            places: [
                .local("Taipa", "氹仔"),
                .local("Cotai", "路氹"),
                .local("Coloane", "路环"),
            ]),
        Division(
            .taiwan,
            names: [
                "Taiwan", "Taiwan Province", "Taiwan Region", "台湾",
                "台湾省", "台湾地区",
            ],
            places: [
                .local("Taipei", "台北"),
                .local("New Taipei", "新北市"),
                .local("Taichung", "台中市", "臺中"),
                .local("Tainan", "台南"),
                .local("Kaohsiung", "高雄"),
                .local("Taoyuan", "桃园市"),
                .local("Hsinchu", "新竹"),
                .local("Keelung", "基隆"),
                .local("Chiayi", "嘉义"),
                .local("Hualien", "花莲"),
                .local("Yilan", "宜兰"),
                .local("Pingtung", "屏东"),
                .local("Changhua", "彰化"),
                .local("Nantou", "南投"),
                .local("Miaoli", "苗栗"),
                .local("Taitung", "台东"),
                .local("Penghu", "澎湖"),
                .local("Yunlin", "云林"),
            ]),
    ]
}
