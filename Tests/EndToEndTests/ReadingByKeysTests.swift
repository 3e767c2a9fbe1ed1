import Foundation
import Testing

/// The reading keys end to end, in a real terminal, on the project's own articles (and on the seed article when
/// it is present beside the project).
@Suite("Reading by keys in a real terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"),
       .serialized)
struct ReadingByKeysTests {
    static func article(_ name: String) -> String { TmuxSession.projectRoot.appendingPathComponent("Articles/\(name)").path }
    static let seed = TmuxSession.projectRoot.appendingPathComponent("../shared/seed/kerry-moscow.txt").standardized.path

    /// The status line (last non-empty row).
    func status(_ t: TmuxSession) throws -> String {
        try t.capture().split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    @Test("search: every match counted, n walks to the last and wraps")
    func search() throws {
        let t = try TmuxSession([Self.article("harbour-strike-talks.txt")], width: 160, height: 45)
        try t.waitFor("Outline")
        try t.send("/")
        try t.type("union")
        try t.send("Enter")
        let first = try t.waitFor("/union 1/")
        let total = first.firstRange(of: "/union 1/").map { r in Int(first[r.upperBound...].prefix { $0.isNumber })! } ?? 0
        #expect(total >= 3, "\(first)")
        for _ in 1..<total { try t.send("n") }
        #expect(try t.waitFor("/union \(total)/\(total)").contains("/union \(total)/\(total)"))
        try t.send("n")
        let wrapped = try t.waitFor("continuing at the top")
        #expect(wrapped.contains("/union 1/\(total)"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("} makes a quote current; > walks that speaker's quotes to N/N and wraps; < goes back")
    func speakerQuotes() throws {
        let t = try TmuxSession([Self.article("harbour-strike-talks.txt")], width: 160, height: 45)
        try t.waitFor("Outline")
        try t.send("}")
        try t.waitFor("“ ")
        let line = try status(t)
        // "“ Rui Quintela 1/3"
        guard let mark = line.firstRange(of: "“ ") else { Issue.record("no current quote in: \(line)"); return }
        let rest = line[mark.upperBound...]
        let counter = rest.split(separator: " ").first { $0.contains("/") }!
        let name = rest[..<rest.firstRange(of: " " + counter)!.lowerBound]
        let total = Int(counter.split(separator: "/")[1])!
        for _ in 1..<total { try t.send(">") }
        #expect(try t.waitFor("\(name) \(total)/\(total)").contains("\(name) \(total)/\(total)"))
        try t.send(">")
        #expect(try t.waitFor("\(name) 1/\(total)").contains("\(name) 1/\(total)"))
        try t.send("<")
        #expect(try t.waitFor("\(name) \(total)/\(total)").contains("\(name) \(total)/\(total)"))
        try t.send("q")
    }

    @Test("Tab to the entities, Enter selects one, * and # walk its mentions")
    func mentions() throws {
        let t = try TmuxSession([Self.article("harbour-strike-talks.txt")], width: 160, height: 45)
        try t.waitFor("Outline")
        try t.send("Tab", "Tab", "Tab", "Enter")
        try t.send("*")
        let after = try t.waitFor("* ")
        #expect(after.split(separator: "\n").last { $0.contains("ENTITIES") }?.contains(" 2/") == true, "\(after)")
        try t.send("#")
        try t.waitFor(" 1/")
        #expect(try status(t).contains(" 1/"))
        try t.send("q")
    }

    @Test("] walks the headings; Enter in the outline jumps; resizing keeps the paragraph on screen")
    func headingsAndResize() throws {
        let t = try TmuxSession([Self.article("north-atlantic-mackerel-long-read.txt")], width: 160, height: 45)
        try t.waitFor("Outline")
        try t.send("]", "]", "]")
        let atThird = try t.waitFor("§")
        let heading = String(try status(t).split(separator: "§")[1].split(separator: "  ")[0]).trimmingCharacters(in: .whitespaces)
        #expect(!heading.isEmpty, "\(atThird)")
        let rows = atThird.split(separator: "\n")
        let topText = rows.dropFirst(2).first { $0.contains("┃ ") && $0.split(separator: "┃").count > 1 && $0.split(separator: "┃")[1].contains { $0.isLetter } }
        let word = topText.map { String($0.split(separator: "┃")[1].split(separator: " ").max { $0.count < $1.count }!) } ?? heading
        try t.resize(width: 80, height: 24)
        #expect(try t.waitFor(word).contains(word))
        try t.resize(width: 160, height: 45)
        #expect(try t.waitFor(word).contains(word))
        try t.send("Tab", "g", "Enter")
        #expect(try t.waitFor("Top").contains("Top"))
        try t.send("q", "q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("NO_COLOR: the focused pane and the matches still show, without colour")
    func monochrome() throws {
        let t = try TmuxSession([Self.article("harbour-strike-talks.txt")], width: 160, height: 45, environment: ["NO_COLOR": "1"])
        try t.waitFor("Outline")
        try t.send("/")
        try t.type("union")
        try t.send("Enter")
        try t.waitFor("/union 1/")
        let styled = try t.capture(escapes: true)
        #expect(!styled.contains("[38;5;") && !styled.contains("[48;5;"), "colours used under NO_COLOR")
        #expect(styled.contains("\u{1B}[7m"), "no reverse video for the matches")
        #expect(styled.contains("┏"), "focused pane not marked")
        try t.send("q")
    }

    @Test("the seed article: Tsarnaev 8 matches, John Kerry's 8 quotes, Barack Obama's 4 in the picker",
          .enabled(if: FileManager.default.fileExists(atPath: seed), "the seed article is not beside the project"))
    func seedAcceptance() throws {
        let t = try TmuxSession([Self.seed], width: 160, height: 45)
        try t.waitFor("Outline")
        for heading in ["‘Serious Approach’", "Syria Options", "‘Enormous Challenges’", "Tsarnaev Probe", "Relationship Improving"] {
            try t.send("]")
            #expect(try t.waitFor("§ \(heading)").contains("§ \(heading)"))
        }
        try t.send("g", "/")
        try t.type("Tsarnaev")
        try t.send("Enter")
        #expect(try t.waitFor("/Tsarnaev 1/8").contains("/Tsarnaev 1/8"))
        for _ in 0..<7 { try t.send("n") }
        #expect(try t.waitFor("/Tsarnaev 8/8").contains("/Tsarnaev 8/8"))
        try t.send("n")
        #expect(try t.waitFor("continuing at the top").contains("/Tsarnaev 1/8"))
        try t.send("Escape", "g", "}")
        #expect(try t.waitFor("John Kerry 1/8").contains("John Kerry 1/8"))
        for _ in 0..<7 { try t.send(">") }
        let last = try t.waitFor("John Kerry 8/8")
        #expect(last.contains("John Kerry 8/8") && last.contains("President Obama particularly"))
        try t.send("<")
        #expect(try t.waitFor("John Kerry 7/8").contains("John Kerry 7/8"))
        try t.send("s")
        let picker = try t.waitFor("Speakers")
        #expect(picker.split(separator: "\n").contains { $0.contains("Barack Obama") && $0.contains(" 4 ") })
        try t.send("Escape", "q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }
}
