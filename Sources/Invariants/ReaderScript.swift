import ArticleKit
import ReaderCore

/// A reading session made from arbitrary bytes, for the reader's fuzz target and its regression tests: an
/// article, where it opens, and a script of keys, resizes and mouse actions, run through `ReaderState.handle`
/// and `Screen.render` with `ReaderInvariants` checked after every event.
///
/// Layout of the bytes: the article text up to the first NUL byte (decoded like a file), then the script.
/// The script's first byte chooses how the session starts (bit 0: in a library of three entries, one of them
/// the article; bits 1-7: a saved reading position), then each byte is one step:
///
/// | byte | step |
/// |---|---|
/// | `00`–`BF` | a key from `keys` |
/// | `C0`–`DF` | a resize to the next two bytes' width (0–199) and height (0–69) |
/// | `E0`–`EF` | a click or wheel (byte % 3) at the next two bytes' column and row, which may lie off screen |
/// | `F0`–`FF` | a typed character: the next two bytes as a code point (controls included) |
///
/// Bytes missing at the end of the input count as zero, so every input is a valid script. At most `maximumSteps`
/// steps run: many short sessions find more than a few long ones.
public struct ReaderScript {
    public let text: SourceText?
    /// The article already analysed, when the session was made from one (`init(article:script:)`).
    private let analysed: Article?
    public let startsInLibrary: Bool
    public let savedPosition: Int?
    public let steps: [ReaderEvent]

    /// The keys a script byte picks from: every key of the standard keymap, a few letters, and the special keys.
    public static let keys: [Key] = {
        var keys: [Key] = []
        for binding in Keymap.standard.bindings { for key in binding.keys where !keys.contains(key) { keys.append(key) } }
        let more: [Key] = [.char("a"), .char("z"), .char("A"), .char("é"), .char("“"), .char(" "), .char("\u{1B}"),
                           .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab,
                           .escape, .backspace, .delete, .function(1), .function(12), .ctrl("u"), .ctrl("l")]
        for key in more where !keys.contains(key) { keys.append(key) }
        return keys
    }()

    public init(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        self.init(text: try? TextDecoder.decode(Array(bytes[..<split])).text, article: nil,
                  script: split < bytes.count ? Array(bytes[(split + 1)...]) : [])
    }

    /// A session over an article already analysed (tests of big inputs, which should be analysed only once).
    public init(article: Article, script: [UInt8]) {
        self.init(text: article.text, article: article, script: script)
    }

    private init(text: SourceText?, article: Article?, script: [UInt8]) {
        self.text = text
        self.analysed = article
        var index = 0
        func next() -> Int {
            defer { index += 1 }
            return index < script.count ? Int(script[index]) : 0
        }
        let start = next()
        startsInLibrary = start & 1 == 1
        // Saved positions come from a file that may be out of date: any offset, inside the text or not.
        savedPosition = start >> 1 == 0 ? nil : (start >> 1) * (start >> 1) * 7 - 1
        var steps: [ReaderEvent] = []
        while index < script.count && steps.count < Self.maximumSteps {
            let b = next()
            switch b {
            case 0x00...0xBF:
                steps.append(.key(Self.keys[b % Self.keys.count]))
            case 0xC0...0xDF:
                steps.append(.resize(Size(width: next() % 200, height: next() % 70)))
            case 0xE0...0xEF:
                let action: MouseEvent.Action = [.click, .wheelUp, .wheelDown][b % 3]
                steps.append(.mouse(MouseEvent(action, x: next() - 8, y: next() - 4)))
            default:
                let value = UInt32(next() << 8 | next())
                steps.append(.key(.char(Unicode.Scalar(value) ?? "\u{FFFD}")))
            }
        }
        self.steps = steps
    }

    /// A step, for writing scripts by hand (`script(_:)`).
    public enum Step {
        case key(Key)
        case resize(width: Int, height: Int)
        case mouse(MouseEvent.Action, x: Int, y: Int)
        /// Any character, controls included, typed as a key.
        case typed(Unicode.Scalar)
    }

    /// The script bytes for `steps` (keys missing from `keys` are typed as characters).
    public static func script(inLibrary: Bool = false, _ steps: [Step]) -> [UInt8] {
        var bytes: [UInt8] = [inLibrary ? 1 : 0]
        func typed(_ s: Unicode.Scalar) -> [UInt8] { [0xF0, UInt8(s.value >> 8 & 0xFF), UInt8(s.value & 0xFF)] }
        for step in steps {
            switch step {
            case .key(let key):
                if let i = keys.firstIndex(of: key) { bytes.append(UInt8(i)) }
                else if case .char(let c) = key { bytes += typed(c) }
            case .resize(let w, let h): bytes += [0xC0, UInt8(w % 200), UInt8(h % 70)]
            case .mouse(let action, let x, let y):
                bytes += [action == .click ? 0xE0 : action == .wheelUp ? 0xE1 : 0xE2, UInt8(x + 8), UInt8(y + 4)]
            case .typed(let s): bytes += typed(s)
            }
        }
        return bytes
    }

    /// The most steps a script runs.
    public static let maximumSteps = 128

    /// The file name the article goes by.
    public static let path = "/fuzz/article.txt"

    /// Runs the session and returns every invariant broken on the way, each with the step it followed.
    public func run(size: Size = Size(width: 80, height: 24)) -> [String] {
        guard let text else { return [] }
        let document = ArticleDocument(article: analysed ?? Article(analyzing: text), path: Self.path)
        var state = ReaderState(size: size)
        let host = Host(document: document, position: savedPosition)
        var pending: [ReaderEvent] = []
        if startsInLibrary {
            let paths = ["/fuzz/a-missing.txt", Self.path, "/fuzz/z-not-text.txt"]
            pending.append(.libraryListed(LibraryState(entries: paths.map { LibraryState.Entry(path: $0, title: nil) },
                                                       location: "/fuzz"), reopen: nil))
            pending.append(.libraryDetails(path: Self.path, ArticleDetails(title: document.article.titleText,
                                                                           quoteCount: document.article.quotes.count,
                                                                           entityCount: document.article.entities.count)))
            pending.append(.libraryDetails(path: paths[2], ArticleDetails(failure: "not text")))
        } else {
            pending.append(host.open(path: Self.path))
        }
        var found = check(state, after: "start")
        for (number, step) in ([nil] + steps.map { Optional($0) }).enumerated() {
            if let step { pending.append(step) }
            while !pending.isEmpty {
                let event = pending.removeFirst()
                for effect in state.handle(event) {
                    switch effect {
                    case .openArticle(let path): pending.append(host.open(path: path))
                    case .saveReadingPosition(_, let offset) where offset < 0 || offset > text.count:
                        found.append("step \(number): saved position \(offset) outside the text")
                    default: break
                    }
                }
            }
            found += check(state, after: "step \(number) \(step.map { "\($0)" } ?? "")")
            if state.finished || !found.isEmpty { break }
        }
        return found
    }

    private func check(_ state: ReaderState, after step: String) -> [String] {
        ReaderInvariants.violations(state, Screen.render(state)).map { "\(step): \($0)" }
    }

    /// Opens the one article there is; every other path fails, as a missing file would.
    private struct Host {
        let document: ArticleDocument
        let position: Int?

        func open(path: String) -> ReaderEvent {
            path == ReaderScript.path
                ? .articleOpened(path: path, .success(document), position: position)
                : .articleOpened(path: path, .failure(OpenFailure("\(path): no such file or folder")), position: nil)
        }
    }
}
