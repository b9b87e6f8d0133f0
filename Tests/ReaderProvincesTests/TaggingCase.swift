import ReaderModels
import Testing

/// A text and exactly the provinces the tagger must find in it.
struct TaggingCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: Set<Province>

    init(_ text: String, _ expected: Set<Province>) {
        self.text = text
        self.expected = expected
    }

    var testDescription: String { "\"\(text)\" -> \(expected.map(\.name).sorted())" }

    /// The harder cases of issue 15: county-level places, abbreviations, traditional characters,
    /// shared names, company and person names, ethnic words and regions.
    static let harder = countyLevel + abbreviations + traditional + sharedNames + companyNames + ethnicAndRegions

    /// Every case, from all the tables.
    static let all = divisions + traps + severalProvinces + harder
}
