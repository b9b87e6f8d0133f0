import Foundation
import ReaderFeeds
import Testing

@Suite struct FeedDateTests {
    /// A date as a feed writes it, and the instant it means (RFC 3339, UTC), or nil.
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var expected: String?
        var testDescription: String { "\"\(text)\"" }

        init(_ text: String, _ expected: String?) {
            self.text = text
            self.expected = expected
        }
    }

    static let rfc822Cases: [Case] = [
        Case("Mon, 20 Apr 2020 08:00:00 GMT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 08:00:00 UT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 08:00:00 UTC", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 08:00:00 Z", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 16:00:00 +0800", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 16:00:00 +08:00", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 03:00:00 -0500", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 13:30:00 +0530", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 03:00:00 EST", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 04:00:00 EDT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 02:00:00 CST", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 03:00:00 CDT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 01:00:00 MST", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 02:00:00 MDT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 00:00:00 PST", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 01:00:00 PDT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 16:00:00 HKT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 08:00:00 A", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 16:00:00 GMT+0800", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 16:00:00 UTC+8", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 16:00:00 +0800 (CST)", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 08:00 GMT", "2020-04-20T08:00:00Z"),
        Case("20 Apr 2020 08:00:00 GMT", "2020-04-20T08:00:00Z"),
        Case("Fri, 20 Apr 2020 08:00:00 GMT", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 20 08:00:00 GMT", "2020-04-20T08:00:00Z"),
        Case("Fri, 01 Jan 99 00:00:00 GMT", "1999-01-01T00:00:00Z"),
        Case("Wed, 1 Apr 2020 08:00:00 GMT", "2020-04-01T08:00:00Z"),
        Case("  Mon,  20  Apr   2020\t08:00:00   GMT \n", "2020-04-20T08:00:00Z"),
        Case("Monday, 20 April 2020 08:00:00 GMT", "2020-04-20T08:00:00Z"),
        Case("Sun, 20 Sept 2020 08:00:00 GMT", "2020-09-20T08:00:00Z"),
        Case("mon, 20 apr 2020 08:00:00 gmt", "2020-04-20T08:00:00Z"),
        Case("Mon, 20 Apr 2020 08:00:00", "2020-04-20T08:00:00Z"),
        Case("Mon Apr 20 16:00:00 +0800 2020", "2020-04-20T08:00:00Z"),
        Case("Apr 20, 2020 8:00 PM", "2020-04-20T20:00:00Z"),
        Case("20 Apr 2020", "2020-04-20T00:00:00Z"),
        Case("Mon, 29 Feb 2016 12:00:00 GMT", "2016-02-29T12:00:00Z"),
        Case("Thu, 31 Dec 2020 23:59:60 GMT", "2021-01-01T00:00:00Z"),
    ]

    static let iso8601Cases: [Case] = [
        Case("2020-04-20T08:00:00Z", "2020-04-20T08:00:00Z"),
        Case("2020-04-20T16:00:00+08:00", "2020-04-20T08:00:00Z"),
        Case("2020-04-20T16:00:00+0800", "2020-04-20T08:00:00Z"),
        Case("2020-04-20T16:00:00+08", "2020-04-20T08:00:00Z"),
        Case("2020-04-20T03:00:00-05:00", "2020-04-20T08:00:00Z"),
        Case("2020-04-20t08:00:00z", "2020-04-20T08:00:00Z"),
        Case("2020-04-20 08:00:00", "2020-04-20T08:00:00Z"),
        Case("2020-04-20 16:00:00 +08:00", "2020-04-20T08:00:00Z"),
        Case("2020-04-20T08:00Z", "2020-04-20T08:00:00Z"),
        Case("2020-04-20T08:00:00.000Z", "2020-04-20T08:00:00Z"),
        Case("2020-04-20", "2020-04-20T00:00:00Z"),
        Case(" 2020-04-20T08:00:00Z\n", "2020-04-20T08:00:00Z"),
        Case("2020/04/20 16:00", "2020-04-20T16:00:00Z"),
        Case("2020年4月20日 16:00", "2020-04-20T16:00:00Z"),
        Case("2020年04月20日", "2020-04-20T00:00:00Z"),
        Case("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
        Case("2000-02-29T00:00:00Z", "2000-02-29T00:00:00Z"),
    ]

    static let garbageCases: [Case] = [
        Case("", nil),
        Case("   ", nil),
        Case("not a date", nil),
        Case("yesterday", nil),
        Case("12345", nil),
        Case("2020-13-01T00:00:00Z", nil),
        Case("2020-02-30", nil),
        Case("1900-02-29", nil),
        Case("2020-04-20T24:00:00Z", nil),
        Case("2020-04-20T08:00:00+25:00", nil),
        Case("2020-04-20T08:00:00Zjunk", nil),
        Case("2020-04-20X08:00", nil),
        Case("Mon, 31 Apr 2020 08:00:00 GMT", nil),
        Case("Mon, 20 Foo 2020 08:00:00 GMT", nil),
        Case("Mon, 20 Apr 2020 25:00:00 GMT", nil),
        Case("Mon, 20 Apr 2020 08:00:00 GMT and more words", nil),
        Case("Published on Mon, 20 Apr 2020", nil),
        Case("Mon, 20 Apr", nil),
        Case("Mon, 20 Apr 2020 08:00:00 +08:00 (unclosed", nil),
    ]

    @Test(arguments: rfc822Cases + iso8601Cases + garbageCases)
    func parses(_ dateCase: Case) throws {
        let expected = try dateCase.expected.map(instant)
        #expect(FeedDate.parse(dateCase.text) == expected)
    }

    @Test func keepsFractionalSeconds() throws {
        let whole = try instant("2020-04-20T08:00:00Z")
        #expect(FeedDate.parse("2020-04-20T08:00:00.5Z") == whole.addingTimeInterval(0.5))
        #expect(FeedDate.parse("2020-04-20T16:00:00.125+08:00") == whole.addingTimeInterval(0.125))
        #expect(FeedDate.parse("2020-04-20T08:00:00,25Z") == whole.addingTimeInterval(0.25))
        let nanos = try #require(FeedDate.parse("2020-04-20T08:00:00.123456789Z"))
        #expect(abs(nanos.timeIntervalSince(whole) - 0.123456789) < 1e-6)
    }

    @Test func agreesWithFoundationOverManyInstants() throws {
        // Every 7 days and 13 hours over 60 years, both forms.
        let formatter = Date.ISO8601FormatStyle(timeZone: .gmt)
        var date = try instant("1970-01-01T00:00:00Z")
        let end = try instant("2030-01-01T00:00:00Z")
        while date < end {
            let iso = date.formatted(formatter)
            #expect(FeedDate.parse(iso) == date, "\(iso)")
            date += 7 * 86_400 + 13 * 3_600 + 17
        }
    }

    @Test func isFastEnoughForLargeFeeds() {
        let start = ContinuousClock.now
        var parsed = 0
        for day in 1...28 {
            for hour in 0..<24 {
                for minute in stride(from: 0, to: 60, by: 4) {
                    let text = "Mon, \(day) Apr 2020 \(hour):\(minute < 10 ? "0" : "")\(minute):00 +0800"
                    if FeedDate.parse(text) != nil { parsed += 1 }
                    if FeedDate.parse("2020-04-\(day < 10 ? "0" : "")\(day)T08:00:00Z") != nil { parsed += 1 }
                }
            }
        }
        #expect(parsed == 28 * 24 * 15 * 2)
        // 20 160 dates: generous bound, so that only a pathological slowdown fails.
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
