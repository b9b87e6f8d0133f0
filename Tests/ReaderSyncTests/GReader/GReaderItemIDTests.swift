@testable import ReaderSync
import Testing

@Suite struct GReaderItemIDTests {
    @Test func theLongFormIsReadAsHexAndWrittenAsSignedDecimal() throws {
        let id = try #require(GReaderItemID("tag:google.com,2005:reader/item/0005d0b7c3a5c0e1"))
        #expect(id.decimal == "1636862563565793")
        #expect(id.longForm == "tag:google.com,2005:reader/item/0005d0b7c3a5c0e1")
    }

    @Test func theDecimalFormIsReadAndWrittenInLongForm() throws {
        let id = try #require(GReaderItemID("1636862563565793"))
        #expect(id.longForm == "tag:google.com,2005:reader/item/0005d0b7c3a5c0e1")
        #expect(id.decimal == "1636862563565793")
    }

    @Test func theTopBitMakesANegativeDecimal() throws {
        let all = try #require(GReaderItemID("tag:google.com,2005:reader/item/FFFFFFFFFFFFFFFF"))
        #expect(all.decimal == "-1")
        let top = try #require(GReaderItemID("tag:google.com,2005:reader/item/8000000000000000"))
        #expect(top.decimal == "-9223372036854775808")
        #expect(GReaderItemID("-1")?.longForm == "tag:google.com,2005:reader/item/ffffffffffffffff")
    }

    @Test func anUnsignedDecimalAboveInt64MaxIsReadByItsBitPattern() {
        #expect(GReaderItemID("18446744073709551615")?.decimal == "-1")
        #expect(GReaderItemID("9223372036854775808")?.decimal == "-9223372036854775808")
    }

    /// Hex digits that are all decimal digits mean a different number in decimal.
    @Test func digitsOnlyHexInTheLongFormIsNotReadAsDecimal() {
        #expect(GReaderItemID("tag:google.com,2005:reader/item/0000000000000123")?.decimal == "291")
        #expect(GReaderItemID("0000000000000123")?.decimal == "123")
    }

    @Test func anythingElseIsNoID() {
        #expect(GReaderItemID("00000000000000ff") == nil)
        #expect(GReaderItemID("tag:google.com,2005:reader/item/123") == nil)
        #expect(GReaderItemID("tag:google.com,2005:reader/item/000000000000012g") == nil)
        #expect(GReaderItemID("18446744073709551616") == nil)
        #expect(GReaderItemID("") == nil)
    }
}
