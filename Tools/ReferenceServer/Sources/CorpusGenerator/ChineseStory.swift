import ReaderModels

/// Writes a story in Chinese, in the style of the national IP office's Chinese news.
enum ChineseStory {
    /// The headline, ending with the article's serial so every title is distinct.
    static func title(_ facts: StoryFacts) -> String {
        let province = facts.province.chineseName
        let city = facts.names.chineseCity
        let headline =
            switch facts.kind {
            case .publicityWeek: "\(province)启动\(facts.year)年知识产权宣传周活动"
            case .protectionCenter: "中国（\(city)）知识产权保护中心正式运行"
            case .patentGrants: "\(facts.year)年\(province)授权发明专利\(facts.bigCount)件"
            case .trademarkEnforcement: "\(city)开展商标专用权保护专项行动"
            case .pledgeFinancing: "\(province)专利商标质押融资金额达\(StoryFacts.tenths(facts.amountTenths))亿元"
            case .protectionMeasures: "\(province)出台强化知识产权保护\(facts.otherCount)条措施"
            case .geographicalIndication: "\(city)地理标志产品保护工作取得新进展"
            case .patentTraining: "\(province)举办中小企业专利审查业务培训班"
            }
        return "\(headline)（知识产权资讯 \(facts.serial)）"
    }

    /// The paragraphs of the body, as plain text.
    static func paragraphs(_ facts: StoryFacts) -> [String] {
        [lead(facts), statistics(facts), closing(facts)]
    }

    private static func lead(_ facts: StoryFacts) -> String {
        let full = facts.names.chineseFull
        let city = facts.names.chineseCity
        let date = "\(facts.month)月\(facts.day)日"
        switch facts.kind {
        case .publicityWeek:
            let theme = StoryFacts.themes[facts.themeIndex].chinese
            return "\(date)，\(full)\(facts.year)年知识产权宣传周活动启动仪式在\(city)举行。"
                + "今年宣传周的主题是“\(theme)”，活动将持续至4月26日世界知识产权日。"
        case .protectionCenter:
            let industry = StoryFacts.industries[facts.industryIndex].chinese
            return "\(date)，\(full)的中国（\(city)）知识产权保护中心正式投入运行，"
                + "将为\(industry)领域企业提供专利快速预审、确权和维权援助服务。"
        case .patentGrants:
            return "据\(full)知识产权局统计，\(facts.year)年授权发明专利\(facts.bigCount)件，"
                + "同比增长\(facts.percent)%，其中\(city)企业占比超过三分之一。"
        case .trademarkEnforcement:
            return "\(date)，\(full)\(city)市场监管部门启动打击商标侵权假冒专项行动，"
                + "检查市场\(facts.smallCount)个，查处案件\(facts.otherCount)起。"
        case .pledgeFinancing:
            return "\(facts.year)年，\(full)专利和商标质押融资金额达\(StoryFacts.tenths(facts.amountTenths))亿元，"
                + "惠及中小企业\(facts.smallCount)家，\(city)的融资项目数量居首位。"
        case .protectionMeasures:
            return "\(date)，\(full)人民政府印发强化知识产权保护\(facts.otherCount)条措施，"
                + "涵盖专利快速审查、加大商标侵权惩处力度、优化\(city)知识产权公共服务等内容。"
        case .geographicalIndication:
            return "\(date)，\(full)\(city)\(facts.otherCount)个地理标志产品获批保护，"
                + "当地地理标志商标总数达到\(facts.smallCount)件。"
        case .patentTraining:
            return "\(date)，\(full)中小企业专利审查与专利导航业务培训班在\(city)举办，"
                + "\(facts.smallCount)余名企业和知识产权服务机构代表参加培训。"
        }
    }

    private static func statistics(_ facts: StoryFacts) -> String {
        "\(facts.year - 1)年，\(facts.province.chineseName)专利申请量\(facts.applications)件，"
            + "商标注册量\(facts.trademarks)件，每万人口发明专利拥有量达到\(StoryFacts.tenths(facts.densityTenths))件。"
    }

    private static func closing(_ facts: StoryFacts) -> String {
        if facts.closingIndex == 0 {
            return "下一步，当地知识产权局将持续完善知识产权保护体系，为创新驱动发展提供有力支撑。（来源：国家知识产权局）"
        }
        return "有关负责人表示，将加快构建专利审查、商标执法和纠纷调解协同联动的知识产权快速保护体系。"
    }
}
