extension Gazetteer {
    /// Surnames, and the words that follow a name in Chinese, for ``PersonNames``.
    ///
    /// Surnames that are also common words before a place are left out (`he`, and in
    /// Chinese `向`, `于`, `和` and other prepositions).
    static let people = PersonNameTable(
        latinSurnames: [
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
            "hu", "guo", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
            "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye",
            "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "jin", "tan", "jia", "fu", "fan", "kong",
            "bai", "cui", "kang", "mao", "qiu", "qin", "shi", "gu", "hou", "shao", "meng", "long", "wan", "duan",
            "lei", "qian", "yin", "xue", "yan", "lai", "gong", "wen", "mo", "dai", "xia", "fang", "zou", "xiong",
            "hao",
        ],
        chineseSurnames: "王李张刘陈杨黄赵吴周徐孙马朱胡郭林罗高郑梁谢宋唐韩冯邓曹彭曾萧肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范"
            + "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤",
        chineseFollowers: [
            "说", "表示", "指出", "介绍", "认为", "称", "强调", "告诉", "透露", "坦言", "先生", "女士", "教授", "博士",
            "同志", "律师", "院士", "局长", "主任", "书记", "委员", "代表", "经理", "董事长", "研究员", "工程师",
            "老师", "会长", "所长", "处长", "部长", "报道",
        ])
}
