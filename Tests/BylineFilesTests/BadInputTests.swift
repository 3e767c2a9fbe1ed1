import Foundation
import Testing
import ArticleKit
import Invariants
import ReaderCore
@testable import BylineFiles

/// Inputs that are valid but hard: each is generated here (nothing big is committed), read as `byline` reads a
/// file, analysed once, checked against `ArticleInvariants`, printed in both extract formats, and then read in
/// the reader at several sizes (`ReaderScript`, with `ReaderInvariants` after every step).
///
/// The 50 MB article is tested here at 2 MB, to keep `swift test` quick in a debug build; `scripts/stress-inputs`
/// runs every input at full size with the release build and checks that the time grows linearly.
@Suite("Hard inputs open and analyse cleanly")
struct BadInputTests {
    /// The inputs, by name.
    static let inputs: [(name: String, bytes: @Sendable () -> [UInt8])] = [
        ("invalid UTF-8", { Array("Caf".utf8) + [0xE9] + Array(" Society\n\nBad \u{1}bytes: ".utf8) + [0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF4, 0x90] + Array(" end.\n".utf8) }),
        ("UTF-16 LE with a BOM", { [0xFF, 0xFE] + "Headline Here\n\n“We agree,” said Ana Ruiz.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
        ("UTF-16 BE with a BOM", { [0xFE, 0xFF] + "Headline Here\n\n“We agree,” said Ana Ruiz.\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }),
        ("a 1 MB line with no breaks or spaces", { Array(("Long Line\n\n" + String(repeating: "word", count: 262_144) + "\n").utf8) }),
        ("a 1 MB line of words", { Array(("Long Line\n\n" + String(repeating: "word “quoted” ", count: 75_000) + "\n").utf8) }),
        ("100 000 one-word paragraphs", { Array(("Many Paragraphs\n\n" + (0..<100_000).map { "Word\($0)\n\n" }.joined()).utf8) }),
        ("a large article (2 MB here, 50 MB in scripts/stress-inputs)", { Array(Self.large(bytes: 2_000_000).utf8) }),
        ("CRLF line ends", { Array("Headline Here\r\n\r\n“It works,” said Ana Ruiz, who\r\nruns the port.\r\n\r\nMore\r\n".utf8) }),
        ("tabs", { Array("Head\tline\n\n\tIndented\tparagraph\twith\t\ttabs, said Ana Ruiz.\n".utf8) }),
        ("a title only", { Array("Just a Headline".utf8) }),
        ("10 000 unbalanced quotation marks", { Array(("Quotes\n\n" + String(repeating: "“", count: 5_000) + " said Ana Ruiz. "
                                                    + String(repeating: "\" ", count: 2_500) + String(repeating: "« ‘", count: 1_250) + "\n").utf8) }),
        ("deeply nested quotes", { Array(("Nested\n\n" + String(repeating: "“‘\"«", count: 250) + "deep"
                                          + String(repeating: "»\"’”", count: 250) + " said Ana Ruiz.\n").utf8) }),
        ("combining marks stacked 50 deep", { Array(("Z" + String(repeating: "\u{301}", count: 50) + "algo\n\nText: a"
                                                     + String(repeating: "\u{300}\u{327}", count: 25) + " and e\u{301}.\n").utf8) }),
        ("right-to-left text", { Array("שלום עולם\n\nقال أحمد: «مرحبا بكم». אמר דוד: „שלום“ ו־“להתראות”.\n\n\u{202B}embedded\u{202C} \u{200F}mark\n".utf8) }),
        ("zero-width joiners", { Array("Emoji 👩‍💻 Headline\n\nFamily 👨‍👩‍👧 and क्‍ष and ❤️ and 🇮🇸 and 👍🏽 and a\u{200D}b\u{200C}c.\n".utf8) }),
    ]

    /// A news-like article of about `bytes` bytes: paragraphs with quotes, names and a heading now and then.
    static func large(bytes: Int) -> String {
        let paragraph = "The council said on Tuesday that “the harbour will reopen next week,” according to Maria Lopes, "
            + "who runs the port for the city of Porto. Officials from Lisbon were not convinced.\n\n"
        var text = "A Large Article\n\n"
        var n = 0
        while text.utf8.count < bytes {
            n += 1
            text += n % 50 == 0 ? "Part \(n / 50)\n\n" : paragraph
        }
        return text
    }

    /// A walk through the reader that touches every pane and command, at sizes down to 1×1.
    static let tour = ReaderScript.script([
        .key(.char("G")), .key(.char("g")), .key(.char("j")), .key(.char(" ")), .key(.char("}")), .key(.char(">")),
        .key(.char("]")), .key(.tab), .key(.char("j")), .key(.enter), .key(.tab), .key(.char("G")), .key(.enter),
        .key(.tab), .key(.char("j")), .key(.char("*")), .key(.char("#")), .key(.tab), .key(.char("/")),
        .typed("a"), .key(.enter), .key(.char("n")), .key(.char("N")), .key(.char("s")), .key(.enter),
        .resize(width: 20, height: 6), .resize(width: 1, height: 1), .resize(width: 30, height: 8), .key(.char("G")),
        .resize(width: 160, height: 45), .key(.pageUp), .mouse(.wheelDown, x: 60, y: 10), .mouse(.click, x: 10, y: 30),
        .key(.char("?")), .key(.char("j")), .key(.escape),
    ])

    @Test("each hard input is read, analysed within the invariants, extracted, and read at every size",
          arguments: inputs.map(\.name))
    func hardInput(_ name: String) throws {
        let bytes = Self.inputs.first { $0.name == name }!.bytes()
        let loaded = try ArticleFile.decode(bytes, name: name)
        let article = Article(analyzing: loaded.text, warnings: loaded.warnings)
        #expect(ArticleInvariants.violations(article).isEmpty, "\(ArticleInvariants.violations(article).prefix(5))")
        #expect(ArticleInvariants.exportViolations(article).isEmpty)
        #expect(article.title != nil)
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 45)] {
            let violations = ReaderScript(article: article, script: Self.tour).run(size: size)
            #expect(violations.isEmpty, "\(violations.prefix(5))")
        }
    }

    @Test("what the reader shows for them: warnings, replacement characters, joined lines, stacked marks")
    func display() throws {
        func open(_ name: String, width: Int = 80) throws -> ReaderState {
            let loaded = try ArticleFile.decode(Self.inputs.first { $0.name == name }!.bytes(), name: name)
            let document = ArticleDocument(article: Article(analyzing: loaded.text, warnings: loaded.warnings), path: name)
            var state = ReaderState(size: Size(width: width, height: 24))
            _ = state.handle(.articleOpened(path: name, .success(document), position: nil))
            return state
        }
        let invalid = try open("invalid UTF-8")
        // One U+FFFD per maximal invalid sequence, as Python's decoder counts them: E9 | C3 | ED A0 80 (a surrogate,
        // three) | F4 90 (past U+10FFFF, two).
        #expect(invalid.message?.text == "warning: 7 invalid UTF-8 sequences shown as \u{FFFD}")
        #expect(Screen.render(invalid).lines.contains { $0.contains("Caf\u{FFFD} Society") })
        #expect(Screen.render(invalid).lines.contains { $0.contains("Bad ␁bytes: \u{FFFD}(\u{FFFD}\u{FFFD}") })

        #expect(Screen.render(try open("UTF-16 BE with a BOM")).lines.contains { $0.contains("“We agree,” said Ana Ruiz.") })

        let crlf = Screen.render(try open("CRLF line ends")).lines
        #expect(crlf.contains { $0.contains("“It works,” said Ana Ruiz, who runs the port.") }, "\(crlf)")
        #expect(!crlf.contains { $0.contains("␍") })

        let tabs = Screen.render(try open("tabs")).lines
        #expect(tabs.contains { $0.contains("Indented paragraph with  tabs") }, "\(tabs)")

        var long = try open("a 1 MB line with no breaks or spaces")
        let first = Screen.render(long).lines.first { $0.contains("wordword") }!
        #expect(first.contains(String(repeating: "word", count: 18)), "a line of the word is cut at the width")
        _ = long.handle(.key(.char("G")))
        #expect(Screen.render(long).lines.last!.contains("Bot"))

        let marks = Screen.render(try open("combining marks stacked 50 deep"))
        let cells = (0..<marks.size.height).flatMap { y in (0..<marks.size.width).map { marks[$0, y] } }
        #expect(cells.allSatisfy { $0.text.unicodeScalars.count <= 1 + Glyphs.maxCombiningMarks })
        #expect(cells.contains { $0.text == "Z\u{301}\u{301}\u{301}\u{301}" })

        let joiners = Screen.render(try open("zero-width joiners", width: 160)).lines
        #expect(joiners.contains { $0.contains("👨👩👧") && $0.contains("IS") && $0.contains("abc") }, "\(joiners)")
    }
}
