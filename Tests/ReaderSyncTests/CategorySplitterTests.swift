import ReaderModels
@testable import ReaderSync
import Testing

/// Feed categories as provinces and tags, with lookups remembered across items.
@Suite struct CategorySplitterTests {
    /// A category seen before, province or not, splits as it did the first
    /// time; spellings of one province are each looked up on their own.
    @Test func aRepeatedCategorySplitsAsItDidTheFirstTime() {
        var splitter = CategorySplitter()
        let first = splitter.split(["Patents", "Yunnan", "云南省", "Kunming"])
        let again = splitter.split(["Kunming", "yunnan province", "Patents", "Yunnan", "广东"])
        #expect(first.provinces == [.yunnan, .yunnan])
        #expect(first.tags == ["Patents", "Kunming"])
        #expect(again.provinces == [.yunnan, .yunnan, .guangdong])
        #expect(again.tags == ["Kunming", "Patents"])
    }
}
