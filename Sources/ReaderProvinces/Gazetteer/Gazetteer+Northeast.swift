import ReaderModels

extension Gazetteer {
    /// Northeast China: Liaoning, Jilin, Heilongjiang.
    static let northeast: [Division] = [
        Division(
            .liaoning, names: ["Liaoning", "Liaoning Province", "辽宁", "辽宁省"],
            places: [
                .prefecture("Shenyang", "沈阳"),
                .prefecture("Dalian", "大连"),
                .prefecture("Anshan", "鞍山"),
                .prefecture("Fushun", "抚顺"),
                .prefecture("Benxi", "本溪"),
                .prefecture("Dandong", "丹东"),
                .prefecture("Jinzhou", "锦州"),
                .prefecture("Yingkou", "营口"),
                .prefecture("Fuxin", "阜新"),
                .prefecture("Liaoyang", "辽阳"),
                .prefecture("Panjin", "盘锦"),
                .prefecture("Tieling", "铁岭"),
                .prefecture("Chaoyang", "Chaoyang City", "朝阳市"),
                .prefecture("Huludao", "葫芦岛"),
                .local("Jinpu New Area", "金普新区"),
            ]),
        Division(
            .jilin, names: ["Jilin", "Jilin Province", "吉林", "吉林省"],
            places: [
                .prefecture("Changchun", "长春"),
                .prefecture("Jilin City", "吉林市"),
                .prefecture("Siping", "四平"),
                .prefecture("Liaoyuan", "辽源"),
                .prefecture("Tonghua", "通化"),
                .prefecture("Baishan", "白山"),
                .prefecture("Songyuan", "松原"),
                .prefecture("Baicheng", "白城"),
                .prefecture("Yanbian", "延边"),
                .local("Changbai Mountain", "Changbaishan", "长白山"),
            ]),
        Division(
            .heilongjiang,
            names: ["Heilongjiang", "Heilongjiang Province", "黑龙江", "黑龙江省"],
            places: [
                .prefecture("Harbin", "哈尔滨"),
                .prefecture("Qiqihar", "齐齐哈尔"),
                .prefecture("Jixi", "鸡西"),
                .prefecture("Hegang", "鹤岗"),
                .prefecture("Shuangyashan", "双鸭山"),
                .prefecture("Daqing", "大庆"),
                .prefecture("Yichun", "伊春"),
                .prefecture("Jiamusi", "佳木斯"),
                .prefecture("Qitaihe", "七台河"),
                .prefecture("Mudanjiang", "牡丹江"),
                .prefecture("Heihe", "黑河"),
                .prefecture("Suihua", "绥化"),
                .prefecture("Da Hinggan Ling", "Daxing'anling", "大兴安岭"),
                .local("Suifenhe", "绥芬河"),
            ]),
    ]
}
