extension Gazetteer {
    /// Well-known companies and brands whose names contain a place: a company's name is not
    /// a mention of the place (government bodies, courts, universities and zones are).
    /// Like ``nonPlaces`` they tag nothing and hide the place names inside them.
    static let companies: [String] = [
        "Hainan Airlines", "Sichuan Airlines", "Shandong Airlines", "Xiamen Airlines", "Shenzhen Airlines",
        "Shanghai Airlines", "Tibet Airlines", "Tianjin Airlines", "Chongqing Airlines", "Hong Kong Airlines",
        "Tsingtao Brewery", "Tsingtao Beer", "Harbin Beer", "Yunnan Baiyao", "Kweichow Moutai",
        "Guizhou Moutai", "Bank of Beijing", "Bank of Shanghai", "Bank of Jiangsu", "Bank of Ningbo",
        "Bank of Nanjing", "Shanghai Pudong Development Bank", "Zhejiang Geely", "Luzhou Laojiao", "Qingdao Haier",
        "Harbin Pharmaceutical", "Beijing Tong Ren Tang", "Guangzhou Pharmaceutical", "Shanghai Pharmaceuticals",
        "Guangzhou Automobile", "Beijing Automotive", "Shanghai Automotive", "Chongqing Changan",
        "海南航空", "四川航空", "山东航空", "厦门航空", "深圳航空", "上海航空", "西藏航空", "天津航空", "重庆航空",
        "青岛啤酒", "哈尔滨啤酒", "云南白药", "贵州茅台", "北京银行", "上海银行", "江苏银行", "宁波银行", "南京银行",
        "上海浦东发展银行", "浙江吉利", "泸州老窖", "青岛海尔", "哈药集团", "北京同仁堂", "广州医药", "上海医药",
        "广州汽车", "北京汽车", "上海汽车", "重庆长安", "京东", "京东方",
    ]
}
