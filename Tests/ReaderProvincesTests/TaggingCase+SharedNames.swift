import ReaderModels

extension TaggingCase {
    /// Names of places in two divisions: the one the text means, decided by context or by
    /// the characters, and neither where nothing decides.
    static let sharedNames: [TaggingCase] = [
        // A district of Beijing and of Changchun.
        TaggingCase("Chaoyang District, Changchun, opens a patent service hall", [.jilin]),
        TaggingCase("Chaoyang District of Changchun City", [.jilin]),
        TaggingCase("The Chaoyang District court in Beijing", [.beijing]),
        TaggingCase("Chaoyang District hosts an IP service fair", [.beijing]),
        TaggingCase("长春市朝阳区市场监管局", [.jilin]),
        TaggingCase("吉林省朝阳区", [.jilin]),
        TaggingCase("朝阳区人民法院", [.beijing]),
        // A district of Shenzhen and of Hegang.
        TaggingCase("Nanshan District of Shenzhen leads in patents", [.guangdong]),
        TaggingCase("Nanshan District, Hegang, Heilongjiang", [.heilongjiang]),
        TaggingCase("鹤岗市南山区", [.heilongjiang]),
        TaggingCase("深圳市南山区", [.guangdong]),
        // Districts in several provinces, decided by the parent city.
        TaggingCase("福州市鼓楼区", [.fujian]),
        TaggingCase("南京市鼓楼区", [.jiangsu]),
        TaggingCase("鼓楼区", []),
        TaggingCase("西安市长安区", [.shaanxi]),
        TaggingCase("石家庄市长安区", [.hebei]),
        TaggingCase("长安区", []),
        TaggingCase("天津市和平区", [.tianjin]),
        TaggingCase("沈阳市和平区", [.liaoning]),
        TaggingCase("广州市白云区", [.guangdong]),
        TaggingCase("贵阳市白云区", [.guizhou]),
        TaggingCase("舟山市普陀区", [.zhejiang]),
        TaggingCase("上海市普陀区", [.shanghai]),
        TaggingCase("Putuo District, Shanghai", [.shanghai]),
        TaggingCase("Baiyun District, Guiyang", [.guizhou]),
        TaggingCase("Gulou District, Fuzhou, Fujian Province", [.fujian]),
        // English names of two prefecture-level cities: the province beside them decides.
        TaggingCase("Taizhou, Zhejiang Province", [.zhejiang]),
        TaggingCase("Taizhou in Jiangsu", [.jiangsu]),
        TaggingCase("Suzhou, Anhui", [.anhui]),
        TaggingCase("Suzhou and Wuxi", [.jiangsu]),
        TaggingCase("Fuzhou, the capital of Fujian", [.fujian]),
        TaggingCase("Fuzhou, Jiangxi Province", [.jiangxi]),
        TaggingCase("Yichun, Heilongjiang", [.heilongjiang]),
        TaggingCase("Yichun in Jiangxi", [.jiangxi]),
        TaggingCase("Yulin, Shaanxi", [.shaanxi]),
        TaggingCase("Yulin, Guangxi", [.guangxi]),
        TaggingCase("Fuzhou", []),
        TaggingCase("Yulin City", []),
        // The characters decide.
        TaggingCase("泰州医药高新区", [.jiangsu]),
        TaggingCase("台州市黄岩区", [.zhejiang]),
        TaggingCase("苏州与宿州", [.jiangsu, .anhui]),
        TaggingCase("福州和抚州", [.fujian, .jiangxi]),
        TaggingCase("伊春与宜春", [.heilongjiang, .jiangxi]),
        TaggingCase("玉林和榆林", [.guangxi, .shaanxi]),
        // Prefecture-level names and county-level cities spelled alike in English.
        TaggingCase("Pingxiang City fireworks", [.jiangxi]),
        TaggingCase("Pingxiang City on the border with Vietnam, Guangxi", [.guangxi]),
        TaggingCase("Taishan City, Guangdong", [.guangdong]),
        TaggingCase("Wuchang District, Wuhan", [.hubei]),
        TaggingCase("Wuchang City rice", [.heilongjiang]),
        TaggingCase("Longjing City, Jilin", [.jilin]),
        TaggingCase("Xixian New Area", [.shaanxi]),
        TaggingCase("Jinjiang District, Chengdu", [.sichuan]),
        // Suffixes that begin a longer word.
        TaggingCase("河北区域协调发展", [.hebei]),
        TaggingCase("海南区域国际集装箱枢纽港", [.hainan]),
        TaggingCase("天津市河北区", [.tianjin]),
        TaggingCase("滨海城市", []),
        TaggingCase("沿海城市知识产权保护", []),
    ]
}
