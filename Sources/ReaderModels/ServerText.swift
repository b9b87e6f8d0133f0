import Foundation

/// Text that came from a server or a feed, made safe to show on a terminal
/// or in a log.
///
/// A title, a summary or an error message is whatever the other side sent:
/// it may carry terminal escapes (clear the screen, change the window title)
/// or echo a request header back with its credential. ``displayable(_:)``
/// removes both; callers show only what it returns.
///
/// For example:
/// ```swift
/// ServerText.displayable("bad token\u{1B}[2J Authorization: Bearer s3cr3t")
/// // "bad token Authorization: Bearer [redacted]"
/// ```
public enum ServerText {
    /// `text` without control characters other than newline and tab (C0,
    /// DEL and C1, which covers ESC, BEL and CSI) and with every credential
    /// it appears to carry replaced by `[redacted]`: the value of an
    /// `Authorization` header (after its `Bearer`/`Basic`/`GoogleLogin` scheme),
    /// a `GoogleLogin auth=` value,
    /// the value of `token=`, `auth=`, `password=`, `access_token=`-style
    /// parameters, and any of `secrets` (the caller's own credentials) anywhere.
    public static func displayable(_ text: String, secrets: [String] = []) -> String {
        var cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter(isShowable)))
        for secret in secrets where secret.count >= 4 {
            cleaned = cleaned.replacingOccurrences(of: secret, with: redaction)
        }
        return redactingCredentialShapes(cleaned)
    }

    /// What stands in for a removed credential.
    public static let redaction = "[redacted]"

    private static func isShowable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return true }
        let value = scalar.value
        return !(value < 0x20 || (0x7F...0x9F).contains(value))
    }

    /// Replaces the word after each credential marker (case-insensitive) with
    /// ``redaction``. A word ends at whitespace, a quote, `,`, `;`, `&` or `}`.
    private static func redactingCredentialShapes(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let (marker, range) = firstMarker(in: rest) {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let skipped = rest.prefix { $0 == " " || $0 == "\"" }
            result += skipped
            rest = rest.dropFirst(skipped.count)
            if marker.allowsSchemeWord, let scheme = schemeWord(at: rest) {
                result += scheme
                rest = rest.dropFirst(scheme.count)
                let gap = rest.prefix { $0 == " " }
                result += gap
                rest = rest.dropFirst(gap.count)
            }
            let secret = rest.prefix { !isWordEnd($0) }
            if !secret.isEmpty { result += redaction }
            rest = rest.dropFirst(secret.count)
        }
        return result + rest
    }

    private struct Marker {
        var text: String
        var allowsSchemeWord: Bool
    }

    private static let markers: [Marker] = [
        Marker(text: "authorization:", allowsSchemeWord: true),
        Marker(text: "authorization\":", allowsSchemeWord: true),
        Marker(text: "googlelogin auth=", allowsSchemeWord: false),
        Marker(text: "access_token=", allowsSchemeWord: false),
        Marker(text: "token=", allowsSchemeWord: false),
        Marker(text: "auth=", allowsSchemeWord: false),
        Marker(text: "password=", allowsSchemeWord: false),
        Marker(text: "passwd=", allowsSchemeWord: false),
        Marker(text: "\"token\":", allowsSchemeWord: false),
        Marker(text: "\"password\":", allowsSchemeWord: false),
    ]

    /// The earliest credential marker in `text`, matched without regard to case.
    private static func firstMarker(in text: Substring) -> (Marker, Range<Substring.Index>)? {
        var best: (Marker, Range<Substring.Index>)?
        for marker in markers {
            guard let found = text.range(of: marker.text, options: .caseInsensitive) else { continue }
            if best == nil || found.lowerBound < best!.1.lowerBound { best = (marker, found) }
        }
        return best
    }

    /// `Bearer`, `Basic` or `GoogleLogin` at the start of `text`, the scheme of an
    /// `Authorization` value, whose own word (the credential) follows.
    private static func schemeWord(at text: Substring) -> Substring? {
        let word = text.prefix { $0.isLetter }
        return ["bearer", "basic", "googlelogin"].contains(word.lowercased()) ? word : nil
    }

    private static func isWordEnd(_ character: Character) -> Bool {
        character.isWhitespace || "\"',;&}".contains(character)
    }
}
