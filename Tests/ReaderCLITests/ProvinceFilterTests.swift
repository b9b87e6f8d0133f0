import Foundation
import Testing

extension EndToEnd {
    /// Issue 15: `reader list --province` reads traditional characters and refuses a lone abbreviation.
    @Suite("Issue 15: province names in traditional characters and abbreviations", .needsReferenceServer)
    struct ProvinceFilterTests {
        @Test("--province 廣東 lists what --province 广东 lists; 粵 is refused with Guangdong suggested")
        func traditionalNamesAndAbbreviations() async throws {
            let corpus = try await ServedCorpus.start(count: 200, seed: 15)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])

            let simplified = try await device.ids(["--province", "广东"])
            #expect(!simplified.isEmpty)
            #expect(try await device.ids(["--province", "廣東"]) == simplified)
            #expect(try await device.ids(["--province", "廣東省"]) == simplified)
            #expect(try await device.ids(["--province", "Guangdong"]) == simplified)

            for abbreviation in ["粵", "粤"] {
                let refused = try await device.run(["list", "--province", abbreviation])
                #expect(refused.status == 64, "\(refused)")
                #expect(refused.stderr.contains("Did you mean Guangdong?"), "\(refused)")
                #expect(refused.stdout.isEmpty, "\(refused)")
            }
        }
    }
}
