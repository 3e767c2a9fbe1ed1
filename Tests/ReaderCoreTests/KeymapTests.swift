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

@Suite("The keys documentation")
struct KeysDocumentationTests {
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
