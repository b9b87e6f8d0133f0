/// Builds the plain text of an HTML fragment: tags dropped, references decoded,
/// whitespace collapsed, block boundaries kept as spaces.
struct PlainTextBuilder: HTMLScannerSink {
    /// The text so far.
    private(set) var buffer = CollapsingTextBuffer()
    /// Scanning stops once the text has more than this many scalars.
    let characterLimit: Int
    private var hiddenDepth = 0

    /// A builder that stops once it has more than `characterLimit` scalars of text.
    init(characterLimit: Int = .max) {
        self.characterLimit = characterLimit
    }

    var isFinished: Bool { buffer.scalarCount > characterLimit }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if hiddenDepth == 0 { buffer.append(bytes) }
    }

    mutating func startTag(_ name: String, attributes: HTMLAttributes) {
        if HTMLElements.hidden.contains(name) {
            if !attributes.isSelfClosing { hiddenDepth += 1 }
        } else if HTMLElements.blocks.contains(name) || name == "br" {
            buffer.separateWords()
        }
    }

    mutating func endTag(_ name: String) {
        if HTMLElements.hidden.contains(name) {
            hiddenDepth = max(0, hiddenDepth - 1)
        } else if HTMLElements.blocks.contains(name) {
            buffer.separateWords()
        }
    }
}
