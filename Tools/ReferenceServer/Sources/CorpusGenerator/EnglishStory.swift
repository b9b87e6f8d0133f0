import ReaderModels

/// Writes a story in English, in the style of the national IP office's English news.
enum EnglishStory {
    /// The headline, ending with the article's serial so every title is distinct.
    static func title(_ facts: StoryFacts) -> String {
        let province = facts.province.name
        let city = facts.names.englishCity
        let headline =
            switch facts.kind {
            case .publicityWeek: "\(province) Launches IP Publicity Week \(facts.year)"
            case .protectionCenter: "China (\(city)) Intellectual Property Protection Center Put into Operation"
            case .patentGrants: "\(province) Grants \(facts.bigCount) Invention Patents in \(facts.year)"
            case .trademarkEnforcement: "\(city) Steps Up Trademark Enforcement"
            case .pledgeFinancing:
                "Patent Pledge Financing in \(province) Reaches RMB \(StoryFacts.tenths(facts.amountTenths)) Billion"
            case .protectionMeasures: "\(province) Issues \(facts.otherCount) Measures to Strengthen IP Protection"
            case .geographicalIndication: "Geographical Indication Products from \(city) Gain Wider Protection"
            case .patentTraining: "\(province) Holds Patent Examination Training for SMEs"
            }
        return "\(headline) (IP News No. \(facts.serial))"
    }

    /// The paragraphs of the body, as plain text.
    static func paragraphs(_ facts: StoryFacts) -> [String] {
        [lead(facts), statistics(facts), closing(facts)]
    }

    private static func lead(_ facts: StoryFacts) -> String {
        let full = facts.names.englishFull
        let city = facts.names.englishCity
        let date = "\(months[facts.month - 1]) \(facts.day)"
        switch facts.kind {
        case .publicityWeek:
            let theme = StoryFacts.themes[facts.themeIndex].english
            return "On \(date), the launching ceremony of IP Publicity Week \(facts.year) of \(full) was held "
                + "in \(city). The theme this year is \u{201C}\(theme)\u{201D}, and events run until World "
                + "Intellectual Property Day on April 26."
        case .protectionCenter:
            let industry = StoryFacts.industries[facts.industryIndex].english
            return "On \(date), China (\(city)) Intellectual Property Protection Center in \(full) was put into "
                + "operation. It offers fast-track pre-examination of patent applications, rights confirmation "
                + "and enforcement assistance to enterprises in \(industry)."
        case .patentGrants:
            return "According to the Intellectual Property Office of \(full), \(facts.bigCount) invention patents "
                + "were granted in \(facts.year), up \(facts.percent)% year on year. Enterprises in \(city) "
                + "accounted for more than a third of the total."
        case .trademarkEnforcement:
            return "On \(date), market regulation departments in \(city), \(full), launched a special campaign "
                + "against trademark infringement and counterfeiting, inspecting \(facts.smallCount) markets and "
                + "handling \(facts.otherCount) cases."
        case .pledgeFinancing:
            return "Patent and trademark pledge financing in \(full) reached RMB "
                + "\(StoryFacts.tenths(facts.amountTenths)) billion in \(facts.year), benefiting "
                + "\(facts.smallCount) small and medium-sized enterprises, the IP office announced in \(city)."
        case .protectionMeasures:
            return "On \(date), the People's Government of \(full) issued \(facts.otherCount) measures to "
                + "strengthen intellectual property protection, covering faster patent examination, heavier "
                + "penalties for trademark infringement and better IP services in \(city)."
        case .geographicalIndication:
            return "On \(date), \(facts.otherCount) geographical indication products from \(city), \(full), were "
                + "approved for protection, bringing the number of geographical indication trademarks there to "
                + "\(facts.smallCount)."
        case .patentTraining:
            return "A training course on patent examination and patent navigation for small and medium-sized "
                + "enterprises was held in \(city), \(full), on \(date), attended by more than "
                + "\(facts.smallCount) representatives of enterprises and IP service agencies."
        }
    }

    private static func statistics(_ facts: StoryFacts) -> String {
        "In \(facts.year - 1), \(facts.province.name) received \(facts.applications) patent applications and "
            + "registered \(facts.trademarks) trademarks; valid invention patents per 10,000 people reached "
            + "\(StoryFacts.tenths(facts.densityTenths))."
    }

    private static func closing(_ facts: StoryFacts) -> String {
        if facts.closingIndex == 0 {
            return "The local IP office said it would keep improving the IP protection system to serve "
                + "innovation-driven development. (Translated from CNIPA Website Chinese Version)"
        }
        return "Officials said the next step is a fast, coordinated IP protection network linking patent "
            + "examination, trademark enforcement and mediation."
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
