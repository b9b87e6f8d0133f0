import ReaderModels

extension Gazetteer {
    /// Northwest China: Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang.
    static let northwest: [Division] = [
        Division(
            .shaanxi, names: ["Shaanxi", "Shaanxi Province", "陕西", "陕西省"],
            places: [
                .prefecture("Xi'an", "Xian", "西安"),
                .prefecture("Tongchuan", "铜川"),
                .prefecture("Baoji", "宝鸡"),
                .prefecture("Xianyang", "咸阳"),
                .prefecture("Weinan", "渭南"),
                .prefecture("Yan'an", "Yanan", "延安"),
                .prefecture("Hanzhong", "汉中"),
                .prefecture("Yulin", "榆林"),
                .prefecture("Ankang", "安康市"),
                .prefecture("Shangluo", "商洛"),
                .local("Yangling", "杨凌"),
                .local("Xixian New Area", "西咸新区"),
            ]),
        Division(
            .gansu, names: ["Gansu", "Gansu Province", "甘肃", "甘肃省"],
            places: [
                .prefecture("Lanzhou", "兰州"),
                .prefecture("Jiayuguan", "嘉峪关"),
                .prefecture("Jinchang", "金昌"),
                .prefecture("Baiyin", "白银市"),
                .prefecture("Tianshui", "天水"),
                .prefecture("Wuwei", "武威"),
                .prefecture("Zhangye", "张掖"),
                .prefecture("Pingliang", "平凉"),
                .prefecture("Jiuquan", "酒泉"),
                .prefecture("Qingyang", "庆阳"),
                .prefecture("Dingxi", "定西"),
                .prefecture("Longnan", "陇南"),
                .prefecture("Linxia", "临夏"),
                .prefecture("Gannan", "甘南"),
                .local("Dunhuang", "敦煌"),
            ]),
        Division(
            .qinghai, names: ["Qinghai", "Qinghai Province", "青海", "青海省"],
            places: [
                .prefecture("Xining", "西宁"),
                .prefecture("Haidong", "海东市"),
                .prefecture("Haibei", "海北州", "海北藏族自治州"),
                .prefecture("Huangnan", "黄南州", "黄南藏族自治州"),
                .prefecture(
                    "Hainan Prefecture", "Hainan Tibetan Autonomous Prefecture", "海南州", "海南藏族自治州"),
                .prefecture("Golog", "Guoluo", "果洛"),
                .prefecture("Yushu", "玉树"),
                .prefecture("Haixi", "海西州", "海西蒙古族藏族自治州"),
                .local("Golmud", "格尔木"),
                .local("Delingha", "德令哈"),
            ]),
        Division(
            .ningxia,
            names: ["Ningxia", "Ningxia Hui Autonomous Region", "宁夏", "宁夏回族自治区"],
            places: [
                .prefecture("Yinchuan", "银川"),
                .prefecture("Shizuishan", "石嘴山"),
                .prefecture("Wuzhong", "吴忠"),
                .prefecture("Guyuan", "固原"),
                .prefecture("Zhongwei", "中卫"),
            ]),
        Division(
            .xinjiang,
            names: [
                "Xinjiang", "Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region",
                "Xinjiang Uighur Autonomous Region", "新疆", "新疆维吾尔自治区",
            ],
            places: [
                .prefecture("Urumqi", "Urumchi", "Wulumuqi", "乌鲁木齐"),
                .prefecture("Karamay", "克拉玛依"),
                .prefecture("Turpan", "Turfan", "吐鲁番"),
                .prefecture("Hami", "Kumul", "哈密"),
                .prefecture("Changji", "昌吉"),
                .prefecture("Bortala", "博尔塔拉"),
                .prefecture("Bayingolin", "Bayingol", "巴音郭楞"),
                .prefecture("Aksu", "阿克苏"),
                .prefecture("Kizilsu", "克孜勒苏"),
                .prefecture("Kashgar", "Kashi", "喀什"),
                .prefecture("Hotan", "Hetian", "Khotan", "和田"),
                .prefecture("Ili Prefecture", "Ili Kazak Autonomous Prefecture", "伊犁"),
                .prefecture("Tacheng", "塔城"),
                .prefecture("Altay", "阿勒泰"),
                .local("Shihezi", "石河子"),
                .local("Khorgos", "Horgos", "霍尔果斯"),
                .local("Korla", "库尔勒"),
            ]),
    ]
}
