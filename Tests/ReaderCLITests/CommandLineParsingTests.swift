import ArgumentParser
import Foundation
import ReaderCore
@testable import reader
import Testing

/// Issue 16: the command line parsed in-process (`parseAsRoot`): each option
/// parsed once into its type, and the usage lines of what does not parse.
@Suite("Issue 16: command-line parsing")
struct CommandLineParsingTests {
    private func list(_ arguments: [String]) throws -> List {
        try #require(try Reader.parseAsRoot(["list"] + arguments) as? List)
    }

    /// The one line `reader` prints for `arguments`, which must not parse.
    private func usageLine(_ arguments: [String]) -> String? {
        do {
            _ = try Reader.parseAsRoot(arguments)
            return nil
        } catch {
            return UsageMessage.line(for: error, arguments: arguments, message: Reader.message(for: error))
        }
    }

    @Test func optionsAreParsedIntoTheirTypesOnce() throws {
        let parsed = try list(["--province", "云南省", "--search", "patent OR 商标", "--since", "2020-04-20", "--limit", "5"])
        #expect(parsed.filters.province == .yunnan)
        #expect(parsed.filters.search == (try SearchQuery("patent OR 商标")))
        #expect(parsed.filters.since == Date(timeIntervalSince1970: 1_587_340_800))
        #expect(parsed.limit == 5)
        let edit = try #require(try Reader.parseAsRoot(["read", "--all", "--province", "yunnan"]) as? MarkRead)
        #expect(edit.edit.filters.province == .yunnan)
    }

    @Test(arguments: [
        (["list", "--limit", "-3"], "--limit: must be a positive whole number, not \"-3\" (see `reader list --help`)"),
        (["list", "--limit", "0"], "--limit: must be a positive whole number, not \"0\" (see `reader list --help`)"),
        (["list", "--search", "*"], "--search: the search \"*\" has no word to look for (see `reader list --help`)"),
        (["read", "--frob"], "unknown option '--frob'. Did you mean '--db'? (see `reader read --help`)"),
        (["lsit"], "unknown command 'lsit'; did you mean `list`? (`reader --help` lists the commands)"),
        (["feeds", "lsit"], "unknown command 'lsit'; did you mean `list`? (`reader feeds --help` lists the commands)"),
        (["stauts"], "unknown command 'stauts'; did you mean `status`? (`reader --help` lists the commands)"),
        (["frobnicate"], "unknown command 'frobnicate' (`reader --help` lists the commands)"),
    ])
    func badCommandLinesGetOneLine(arguments: [String], expected: String) {
        #expect(usageLine(arguments) == expected)
    }

    @Test func anUnknownProvinceSuggestsTheNearest() throws {
        let line = try #require(usageLine(["list", "--province", "Yunan"]))
        #expect(line.hasPrefix("--province: unknown province \"Yunan\". Did you mean Yunnan"), "\(line)")
        #expect(!line.contains("\n"))
    }

    @Test func aBadDateSaysWhatADateLooksLike() throws {
        let line = try #require(usageLine(["list", "--since", "yesterday"]))
        #expect(line == "--since: takes a date like 2020-04-20 or 2020-04-20T08:00:00Z, not \"yesterday\" (see `reader list --help`)")
    }
}
