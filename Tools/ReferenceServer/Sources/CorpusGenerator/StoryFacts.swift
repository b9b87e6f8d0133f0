import Foundation
import ReaderModels
import ReaderRandom

/// Everything one generated article says, drawn from its own random stream.
struct StoryFacts: Sendable {
    let serial: String
    let province: Province
    let names: ProvinceNames
    let kind: StoryKind
    let published: Date
    let year: Int
    let month: Int
    let day: Int
    /// A count in the thousands: patents granted, applications.
    let bigCount: Int
    /// A count in the tens or hundreds: markets, cases, enterprises, attendees.
    let smallCount: Int
    /// A second small count.
    let otherCount: Int
    /// A growth rate in percent.
    let percent: Int
    /// An amount in hundreds of millions of yuan, with one decimal.
    let amountTenths: Int
    let applications: Int
    let trademarks: Int
    /// Valid invention patents per 10,000 people, with one decimal.
    let densityTenths: Int
    let themeIndex: Int
    let industryIndex: Int
    let closingIndex: Int

    /// Draws the facts of one story.
    init(serial: String, province: Province, published: Date, random: inout SplitMix64) {
        self.serial = serial
        self.province = province
        self.names = ProvinceNames.of(province)
        self.kind = random.element(of: StoryKind.allCases)
        self.published = published
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: published)
        self.year = parts.year ?? 2020
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
        self.bigCount = random.next(in: 1_000...60_000)
        self.smallCount = random.next(in: 20...400)
        self.otherCount = random.next(in: 2...30)
        self.percent = random.next(in: 3...28)
        self.amountTenths = random.next(in: 10...900)
        self.applications = random.next(in: 10_000...900_000)
        self.trademarks = random.next(in: 20_000...1_500_000)
        self.densityTenths = random.next(in: 10...600)
        self.themeIndex = random.next(below: Self.themes.count)
        self.industryIndex = random.next(below: Self.industries.count)
        self.closingIndex = random.next(below: 2)
    }

    /// Publicity-week themes, in English and Chinese.
    static let themes: [(english: String, chinese: String)] = [
        ("Intellectual Property and Healthy China", "知识产权与健康中国"),
        ("Comprehensively Strengthen IP Protection", "全面加强知识产权保护"),
        ("Protect IP and Promote Innovation", "保护知识产权 促进创新发展"),
        ("Strict IP Protection Stimulates Innovation", "严格知识产权保护 激发创新活力"),
    ]

    /// Industries that protection centres serve, in English and Chinese.
    static let industries: [(english: String, chinese: String)] = [
        ("biomedicine", "生物医药"),
        ("new materials", "新材料"),
        ("high-end equipment manufacturing", "高端装备制造"),
        ("new energy vehicles", "新能源汽车"),
        ("modern agriculture", "现代农业"),
        ("integrated circuits", "集成电路"),
    ]

    /// `12.3` from `123`.
    static func tenths(_ value: Int) -> String { "\(value / 10).\(value % 10)" }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT") ?? .gmt
        return calendar
    }()
}
