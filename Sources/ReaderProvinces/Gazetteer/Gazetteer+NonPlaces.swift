extension Gazetteer {
    /// Spellings that contain a place name but name no division.
    ///
    /// They tag nothing, and because the scan takes the longest match, they keep the
    /// place names inside them from matching: `长江西岸` reads as 长江 + 西岸, not 长 + 江西 + 岸.
    static let nonPlaces: [String] = [
        // Not the place: names of things elsewhere.
        "Beijing time", "北京时间", "Beijing Treaty", "北京条约", "Shanghai Cooperation Organization",
        "Shanghai Cooperation Organisation", "Jinan University", "Nanyang Technological University",
        "Nanyang Polytechnic", "Salvador Dali", "Nansha Islands", "南沙群岛", "Xian Feng",
        // Streets and parks named after cities, found in many cities.
        "Nanjing Road", "Beijing Road", "Zhongshan Road", "Zhongshan Park",
        "中山路", "中山东路", "中山西路", "中山南路", "中山北路", "中山中路", "中山大道", "中山公园", "中山装", "中山陵",
        "北京路", "北京东路", "北京西路", "北京南路", "北京北路", "北京中路",
        "南京路", "南京东路", "南京西路", "南京北路", "南京中路", "北海公园",
        // Rivers, lakes and seas whose names run into a province name (长江西岸, 黄河北岸, 南海北部).
        "长江", "黄河", "珠江", "淮河", "汉江", "湘江", "闽江", "九龙江",
        "太湖", "洞庭湖", "鄱阳湖", "西湖", "渤海", "黄海", "东海", "南海", "沿海", "出海口", "入海口",
        "漓江", "赣江", "松花江", "钱塘江", "嘉陵江", "岷江", "金沙江", "澜沧江", "韩江", "海河", "渭河", "汾河",
        "洛河", "运河", "洱海", "东湖", "洪泽湖", "千岛湖",
        // Mountains whose names run into a province name (贺兰山东麓, 泰山东麓, 华山西峰).
        "贺兰山", "泰山", "华山", "嵩山", "衡山", "恒山", "庐山", "太行山", "吕梁山", "燕山", "阴山", "祁连山",
        "天山", "昆仑山", "大别山", "五台山",
        // "Coastal city" and the like, which run into 海城市 (Haicheng, Liaoning) or 韩城市.
        "滨海城市", "临海城市", "近海城市", "沿海城市", "海滨城市", "中韩城市",
        // Words and idioms that contain a city name.
        "大同小异", "世界大同", "天下大同", "长治久安", "四平八稳", "文山会海", "玉树临风", "大理石", "三明治",
        "阿里巴巴", "阿里云", "北海道", "美国德州", "哈密瓜", "香港脚", "新乡村", "开封后", "未开封", "已开封",
        "日照时", "日照充足", "怀柔政策", "东西", "平安", "普通", "确保", "担保", "医保", "社保", "环保",
        "四季长春", "石狮子", "景泰蓝", "新京报", "新台币", "秦晋之好", "蒙藏", "藏青", "新青年",
        "canton of", "Empress Dowager Cixi", "Cixi Taihou",
        // Words ending in 台 that run into 台北, 台中, 台南, 台东, 台州 or 台湾 (出台北京市…).
        "平台", "出台", "舞台", "后台", "前台", "电台", "阳台", "讲台", "柜台", "擂台",
        "站台", "登台", "上台", "下台", "搭台",
    ]
}
