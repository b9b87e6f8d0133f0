/// The kinds of story the corpus writes, after the national IP office's news.
enum StoryKind: CaseIterable, Sendable {
    case publicityWeek
    case protectionCenter
    case patentGrants
    case trademarkEnforcement
    case pledgeFinancing
    case protectionMeasures
    case geographicalIndication
    case patentTraining

    /// The story's tags in English.
    var englishTags: [String] {
        switch self {
        case .publicityWeek: ["IP publicity", "patent"]
        case .protectionCenter: ["IP protection", "patent"]
        case .patentGrants: ["patent", "statistics"]
        case .trademarkEnforcement: ["trademark", "enforcement"]
        case .pledgeFinancing: ["patent", "trademark", "financing"]
        case .protectionMeasures: ["IP protection", "policy"]
        case .geographicalIndication: ["geographical indication", "trademark"]
        case .patentTraining: ["patent", "training"]
        }
    }

    /// The story's tags in Chinese.
    var chineseTags: [String] {
        switch self {
        case .publicityWeek: ["知识产权宣传周", "专利"]
        case .protectionCenter: ["知识产权保护", "专利"]
        case .patentGrants: ["专利", "统计"]
        case .trademarkEnforcement: ["商标", "执法"]
        case .pledgeFinancing: ["专利", "商标", "质押融资"]
        case .protectionMeasures: ["知识产权保护", "政策"]
        case .geographicalIndication: ["地理标志", "商标"]
        case .patentTraining: ["专利", "培训"]
        }
    }
}
