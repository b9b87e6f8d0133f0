import ReaderModels

extension Gazetteer {
    /// Places news names without their county's suffix: county-level cities and famous towns
    /// known for an industry, geographical indications named after a place, well-known zones
    /// and the venues of national events. Hand-written; the generated ``counties`` give the
    /// suffixed names (`晋江市`, `Jinjiang City`).
    static let landmarks: [Division] = [
        Division(.beijing, names: [], places: [
            .local("China International Fair for Trade in Services", "CIFTIS", "服贸会"),
        ]),
        Division(.tianjin, names: [], places: [
            .local("Tianjin Eco-City", "中新天津生态城", "World Intelligence Expo", "世界智能大会"),
        ]),
        Division(.jilin, names: [], places: [
            .local("China-Northeast Asia Expo", "东北亚博览会"),
        ]),
        Division(.heilongjiang, names: [], places: [
            .local("Wuchang rice", "五常大米", "Wuchang City"),
        ]),
        Division(.shanghai, names: [], places: [
            .local("China International Import Expo", "CIIE", "进博会", "中国国际进口博览会"),
        ]),
        Division(.jiangsu, names: [], places: [
            .local("Yixing", "宜兴", "Zhouzhuang", "周庄", "Tongli", "同里", "Taicang", "太仓", "Danyang", "丹阳"),
            .local("Xuyi", "盱眙", "Rugao", "如皋", "Qidong", "启东", "Haimen", "海门", "Shuyang", "沭阳"),
            .local("Wujiang", "吴江", "Liyang", "溧阳", "Yangcheng Lake", "阳澄湖", "苏锡常"),
        ]),
        Division(.zhejiang, names: [], places: [
            .local("Cixi", "慈溪", "Yuyao", "余姚", "Zhuji", "诸暨", "Yongkang", "永康", "Haining", "海宁"),
            .local("Tongxiang", "桐乡", "Anji", "安吉", "Deqing", "德清", "Yueqing", "乐清", "Rui'an", "瑞安"),
            .local("Wenling", "温岭", "Xitang", "西塘", "Nanxun", "南浔", "Longjing tea", "西湖龙井", "West Lake Longjing"),
            .local("Xihu Longjing", "World Internet Conference", "世界互联网大会", "Jinhua ham", "金华火腿"),
        ]),
        Division(.anhui, names: [], places: [
            .local("Keemun", "Qimen black tea", "祁门红茶", "Taiping Houkui", "太平猴魁"),
        ]),
        Division(.fujian, names: [], places: [
            .local("Jinjiang", "晋江", "Shishi", "石狮", "Hui'an", "惠安", "Dehua", "德化", "Anxi", "安溪"),
            .local("Fuqing", "福清", "Fuding", "福鼎", "Shaxian", "沙县", "Anxi Tieguanyin", "安溪铁观音"),
            .local("厦漳泉", "Shoushan stone", "寿山石"),
        ]),
        Division(.jiangxi, names: [], places: [
            .local("Gannan navel orange", "赣南脐橙", "Nanfeng", "南丰蜜桔"),
        ]),
        Division(.shandong, names: [], places: [
            .local("青岛啤酒节", "青岛国际啤酒节"),
            .local("Shouguang", "寿光", "Zhangqiu", "章丘", "Penglai", "蓬莱", "Jimo", "即墨", "Jiaozhou", "胶州"),
            .local("Zoucheng", "邹城", "Tengzhou", "滕州", "Longkou", "龙口", "Rongcheng", "荣成"),
            .local("Dong'e", "东阿阿胶", "Caoxian", "曹县", "Yantai apples", "烟台苹果"),
        ]),
        Division(.henan, names: [], places: [
            .local("Shaolin Temple", "少林寺", "Dengfeng", "登封", "Ruzhou", "汝州", "Yuzhou", "禹州"),
            .local("Xinyang Maojian", "信阳毛尖"),
        ]),
        Division(.hubei, names: [], places: [
            .local("Wudang Mountain", "Wudangshan", "武当山", "Wuchang District", "武昌"),
        ]),
        Division(.hunan, names: [], places: [
            .local("Liuyang", "浏阳", "Liling", "醴陵", "Fenghuang County", "凤凰古城", "长株潭"),
        ]),
        Division(.guangdong, names: [], places: [
            .local("Canton", "Humen", "虎门", "Songshan Lake", "松山湖", "Huaqiangbei", "华强北", "Dafen", "大芬"),
            .local("Kaiping", "开平", "China Hi-Tech Fair", "高交会", "Nanshan District", "广佛", "深港"),
        ]),
        Division(.guangxi, names: [], places: [
            .local("China-ASEAN Expo", "东博会", "东盟博览会", "Luosifen", "螺蛳粉"),
        ]),
        Division(.hainan, names: [], places: [
            .local("China International Consumer Products Expo", "消博会", "Boao Forum", "博鳌亚洲论坛"),
        ]),
        Division(.sichuan, names: [], places: [
            .local("Pixian", "郫县", "Pixian Douban", "Pidu", "郫都"),
        ]),
        Division(.guizhou, names: [], places: [
            .local("Maotai Town", "Moutai Town", "茅台镇", "Big Data Expo", "数博会"),
        ]),
        Division(.yunnan, names: [], places: [
            .local("China-South Asia Expo", "南博会", "Jianshui", "建水", "Xuanwei ham", "宣威火腿"),
        ]),
        Division(.shaanxi, names: [], places: [
            .local("Yangling", "杨凌"),
        ]),
        Division(.ningxia, names: [], places: [
            .local("Helan Mountain East", "Eastern Foothills of Helan Mountain", "贺兰山东麓"),
            .local("China-Arab States Expo", "中阿博览会", "Zhongning goji", "中宁枸杞"),
        ]),
        Division(.xinjiang, names: [], places: [
            .local("China-Eurasia Expo", "亚欧博览会", "Hotan jade", "Hetian jade", "和田玉"),
        ]),
    ]
}
