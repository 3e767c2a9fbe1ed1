import Foundation
import Testing
@testable import ReaderCore

@Suite("The keymap table")
struct KeymapTests {
    @Test("keys resolve in their context first, then globally")
    func lookup() {
        let map = Keymap.standard
        #expect(map.command(for: .char("j"), in: .article) == .moveDown)
        #expect(map.command(for: .char("}"), in: .article) == .nextQuote)
        #expect(map.command(for: .char("}"), in: .library) == nil)
        #expect(map.command(for: .char("o"), in: .library) == .open)
        #expect(map.command(for: .ctrl("d"), in: .article) == .halfPageDown)
        #expect(map.command(for: .backTab, in: .article) == .focusPrevious)
    }

    @Test("the help screen lists every command with its keys, from the same table")
    func help() {
        let sections = Keymap.standard.helpSections()
        let summaries = sections.flatMap { $0.rows.map(\.summary) }
        for command in Command.allCases { #expect(summaries.contains(command.summary), "\(command)") }
        let jump = sections.first { $0.title == "Jump" }!
        #expect(jump.rows.contains { $0.keys == ">" && $0.summary == Command.nextSpeakerQuote.summary })
    }

    @Test("rebinding moves a key and the help follows")
    func rebinding() {
        let map = Keymap.standard.rebinding(.nextQuote, to: [.char("J")])
        #expect(map.command(for: .char("J"), in: .article) == .nextQuote)
        #expect(map.command(for: .char("}"), in: .article) == nil)
        #expect(map.helpSections().flatMap(\.rows).contains { $0.keys == "J" })
    }

    @Test("key names round-trip between help and config")
    func names() {
        for key: Key in [.char("j"), .ctrl("d"), .char(" "), .pageDown, .backTab, .enter, .escape, .function(1), .char("#")] {
            #expect(Key(name: key.description) == key, "\(key)")
        }
        #expect(Key(name: "C-u") == .ctrl("u"))
        #expect(Key(name: "nonsense") == nil)
    }
}

@Suite("The help screen")
struct HelpScreenTests {
    @Test("? shows each command's name, the one the config file rebinds (issue 13, point 6)")
    func commandNames() {
        var r = Fixtures.reader(Fixtures.harbour, width: 160, height: 60)
        r.press("?")
        let screen = r.screen
        for name in ["next-quote", "next-speaker-quote", "speaker-picker", "search-next", "focus-next"] {
            #expect(screen.lines.contains { $0.contains(name) }, "\(name) is not on the help screen")
        }
        let row = screen.lines.first { $0.contains("next-quote") } ?? ""
        #expect(row.contains("}") && row.contains(Command.nextQuote.summary), "\(row)")
    }

    @Test("at 80 columns every summary is still shown whole, beside or below its name")
    func narrow() {
        var r = Fixtures.reader(Fixtures.harbour, width: 80, height: 24)
        r.press("?")
        var lines: [String] = []
        for _ in 0..<40 {
            lines += r.screen.lines
            r.press("d")
        }
        let text = lines.joined(separator: "\n")
        for command in [Command.close, .activate, .quit] {
            let words = command.summary.split(separator: " ").suffix(3).joined(separator: " ")
            #expect(text.contains(words), "\(command.name): “\(words)” not shown whole")
        }
    }
}

@Suite("The keys documentation")
struct KeysDocumentationTests {
    static var projectRoot: String { String(#filePath.dropLast("Tests/ReaderCoreTests/KeymapTests.swift".count)) }

    @Test("docs/config.md names every setting and every command, with an example file (issue 13, point 6)")
    func configDocumented() throws {
        guard let doc = try? String(contentsOfFile: Self.projectRoot + "docs/config.md", encoding: .utf8) else {
            Issue.record("cannot read docs/config.md")
            return
        }
        for command in Command.allCases {
            #expect(doc.contains("`\(command.name)`"), "\(command.name) is not in docs/config.md")
        }
        for setting in ["theme", "mouse", "[keys]", "--print-config", "XDG_CONFIG_HOME"] {
            #expect(doc.contains(setting), "\(setting) is not in docs/config.md")
        }
        #expect(doc.contains("```toml"), "no example file")
    }

    @Test("docs/keys.md shows every key of the table")
    func everyKeyDocumented() throws {
        let path = String(#filePath.dropLast("Tests/ReaderCoreTests/KeymapTests.swift".count)) + "docs/keys.md"
        guard let doc = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("cannot read \(path)")
            return
        }
        for binding in Keymap.standard.bindings {
            for key in binding.keys {
                #expect(doc.contains("`\(key.description)`"), "\(key) (\(binding.command.rawValue)) is not in docs/keys.md")
            }
        }
    }
}
