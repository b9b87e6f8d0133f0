import ArgumentParser
import Foundation

/// The one line `reader` prints for a command line it cannot parse.
enum UsageMessage {
    /// `message` (ArgumentParser's, first letter lowered) and where help is;
    /// for a word where a command was expected, the nearest command instead.
    static func line(for error: any Error, arguments: [String], message: String) -> String {
        let place = CommandPlace(arguments)
        let help = "`" + (["reader"] + place.names + ["--help"]).joined(separator: " ") + "`"
        if let unknown = place.unknownWord {
            let suggestion = CommandSuggestion.nearest(to: unknown, among: place.subcommands).map { "; did you mean `\($0)`?" } ?? ""
            return "unknown command '\(unknown)'\(suggestion) (\(help) lists the commands)"
        }
        return shortened(message).split(whereSeparator: \.isNewline).joined(separator: " ") + " (see \(help))"
    }

    /// `--limit: must be …` for ArgumentParser's `The value '-3' is invalid
    /// for '--limit <limit>': must be …`; other messages with a lowercase start.
    private static func shortened(_ message: String) -> String {
        let lead = "The value '"
        if message.hasPrefix(lead), let invalid = message.range(of: "' is invalid for '"),
            let end = message.range(of: "': ", range: invalid.upperBound..<message.endIndex)
        {
            let option = message[invalid.upperBound..<end.lowerBound].split(separator: " ").first.map(String.init) ?? ""
            return option + ": " + message[end.upperBound...]
        }
        return message.prefix(1).lowercased() + message.dropFirst()
    }
}

/// Where in the command tree a command line goes: the commands it names,
/// and the word that stands where a subcommand was expected but names none.
struct CommandPlace {
    /// The names of the commands below `reader` (`["feeds", "add"]`).
    var names: [String] = []
    /// The subcommands of the last command named.
    var subcommands: [String]
    /// A word where a subcommand was expected that names none.
    var unknownWord: String?

    init(_ arguments: [String]) {
        var command: any ParsableCommand.Type = Reader.self
        subcommands = command.configuration.subcommands.map { $0._commandName }
        for argument in arguments where !argument.hasPrefix("-") && !subcommands.isEmpty {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == argument }) else {
                unknownWord = argument
                return
            }
            command = next
            names.append(argument)
            subcommands = next.configuration.subcommands.map { $0._commandName }
        }
    }
}

/// The command name nearest a mistyped one.
enum CommandSuggestion {
    /// The name among `names` closest to `word`: the fewest letters to add
    /// or drop, whatever their order (so swapped letters cost nothing), and
    /// the longest shared beginning between equals; `nil` when none is near.
    static func nearest(to word: String, among names: [String]) -> String? {
        let scored = names.map { name in (name: name, distance: letterDistance(word, name), shared: sharedPrefix(word, name)) }
        guard let best = scored.min(by: { ($0.distance, -$0.shared) < ($1.distance, -$1.shared) }),
            best.distance <= max(1, best.name.count / 3)
        else { return nil }
        return best.name
    }

    /// The letters of one word missing from the other, the larger side.
    private static func letterDistance(_ a: String, _ b: String) -> Int {
        var counts: [Character: Int] = [:]
        for character in a.lowercased() { counts[character, default: 0] += 1 }
        for character in b.lowercased() { counts[character, default: 0] -= 1 }
        let surplus = counts.values.filter { $0 > 0 }.reduce(0, +)
        let deficit = counts.values.filter { $0 < 0 }.reduce(0, -)
        return max(surplus, deficit)
    }

    private static func sharedPrefix(_ a: String, _ b: String) -> Int {
        zip(a.lowercased(), b.lowercased()).prefix { $0 == $1 }.count
    }
}
