import ArgumentParser
import Foundation

/// Reads a password without it ever being an argument (which a process
/// listing would show): from the terminal with echo off, or from the first
/// line of standard input.
enum PasswordInput {
    /// The password: the first line of standard input with `fromStandardInput`,
    /// else typed at the terminal after `prompt`.
    /// - throws: a usage error when there is no terminal to ask on, or no password.
    static func read(prompt: String, fromStandardInput: Bool) throws -> String {
        let password = fromStandardInput ? readLine(strippingNewline: true) : try fromTerminal(prompt: prompt)
        guard let password, !password.isEmpty else { throw ValidationError("no password given.") }
        return password
    }

    /// Asks on `/dev/tty` with echo off, restoring the terminal afterwards.
    private static func fromTerminal(prompt: String) throws -> String? {
        guard isatty(STDIN_FILENO) == 1, let terminal = fopen("/dev/tty", "r+") else {
            throw ValidationError("no terminal to ask for the password: pipe it in with --password-stdin.")
        }
        defer { fclose(terminal) }
        let descriptor = fileno(terminal)
        var original = termios()
        tcgetattr(descriptor, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(descriptor, TCSAFLUSH, &silent)
        defer {
            tcsetattr(descriptor, TCSAFLUSH, &original)
            fputs("\n", terminal)
        }
        fputs(prompt, terminal)
        fflush(terminal)
        var buffer = [CChar](repeating: 0, count: 1024)
        guard fgets(&buffer, Int32(buffer.count), terminal) != nil else { return nil }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}
