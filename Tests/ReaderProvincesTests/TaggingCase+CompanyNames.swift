import ReaderModels

extension TaggingCase {
    /// Companies, brands and people whose names contain a place, next to bodies whose names count.
    static let companyNames: [TaggingCase] = [
        // Companies and brands count for nothing.
        TaggingCase("Hainan Airlines wins a trademark dispute", []),
        TaggingCase("Sichuan Airlines registers its logo", []),
        TaggingCase("Tsingtao Brewery sues a copycat", []),
        TaggingCase("Yunnan Baiyao toothpaste patent", []),
        TaggingCase("Kweichow Moutai fights counterfeit liquor", []),
        TaggingCase("Bank of Beijing launches IP pledge loans", []),
        TaggingCase("Shanghai Pudong Development Bank IP financing", []),
        TaggingCase("Xiamen Airlines and Shandong Airlines", []),
        TaggingCase("Zhejiang Geely files new energy patents", []),
        TaggingCase("海南航空商标纠纷", []),
        TaggingCase("四川航空", []),
        TaggingCase("青岛啤酒起诉侵权者", []),
        TaggingCase("云南白药牙膏专利", []),
        TaggingCase("贵州茅台打假", []),
        TaggingCase("京东知识产权保护", []),
        TaggingCase("北京银行知识产权质押贷款", []),
        TaggingCase("泸州老窖商标", []),
        TaggingCase("京东方专利申请量", []),
        // A company named after a place, in a sentence naming the place.
        TaggingCase("Hainan Airlines opened a route to Haikou", [.hainan]),
        TaggingCase("云南白药在昆明召开发布会", [.yunnan]),
        TaggingCase("Tsingtao Brewery hosts the Qingdao International Beer Festival", [.shandong]),
        TaggingCase("青岛国际啤酒节", [.shandong]),
        // Government bodies, courts, universities, exhibitions and zones count.
        TaggingCase("Hainan Provincial Intellectual Property Administration", [.hainan]),
        TaggingCase("Sichuan University researchers", [.sichuan]),
        TaggingCase("Beijing Intellectual Property Court", [.beijing]),
        TaggingCase("Zhejiang University", [.zhejiang]),
        TaggingCase("Guangdong Provincial Higher People's Court", [.guangdong]),
        TaggingCase("四川大学", [.sichuan]),
        TaggingCase("海南省知识产权局", [.hainan]),
        TaggingCase("上海知识产权法院", [.shanghai]),
        TaggingCase("The Canton Fair", [.guangdong]),
        TaggingCase("Hainan Free Trade Port", [.hainan]),
        // Person names made of a surname and a place name.
        TaggingCase("Wang Hainan, a patent examiner, said", []),
        TaggingCase("Professor Li Sichuan of Tsinghua", []),
        TaggingCase("Judge Zhang Hunan heard the case", []),
        TaggingCase("Zhou Yunnan won the gold award", []),
        TaggingCase("王海南表示，将加强保护", []),
        TaggingCase("记者李四川报道", []),
        TaggingCase("徐江西教授介绍", []),
        TaggingCase("刘湖南局长指出", []),
        TaggingCase("陈云南说", []),
        // A preposition or a place before the place is no surname.
        TaggingCase("向海南代表团介绍", [.hainan]),
        TaggingCase("Delegates flew to Hainan", [.hainan]),
        TaggingCase("来自四川的代表表示", [.sichuan]),
        TaggingCase("浙江海南两省", [.zhejiang, .hainan]),
        TaggingCase("Empress Dowager Cixi", []),
    ]
}
