import Foundation

/// Prints `value` as one line of JSON with sorted keys, for `run.sh` to read.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Writes `message` to standard error.
func printProgress(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
