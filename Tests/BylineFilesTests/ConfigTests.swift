import Testing
import ReaderCore
@testable import BylineFiles

@Suite("The config file")
struct ConfigTests {
    @Test("settings and key bindings apply; comments and blank lines are ignored")
    func good() {
        let config = Config.parse("""
            # my settings
            theme = "8"
            mouse = false   # I select text

            [keys]
            next-quote = ["J", "}"]
            quit = "Q"
            search = "C-s"
            """)
        #expect(config.problems.isEmpty)
        #expect(config.theme == .colors8)
        #expect(config.mouse == false)
        #expect(config.keymap.command(for: .char("J"), in: .article) == .nextQuote)
        #expect(config.keymap.command(for: .char("Q"), in: .article) == .quit)
        #expect(config.keymap.command(for: .char("q"), in: .article) == nil)
        #expect(config.keymap.command(for: .ctrl("s"), in: .library) == .search)
    }

    @Test("each mistake is reported with its line number; the rest still applies")
    func bad() {
        let config = Config.parse("""
            theme = "purple"
            mouse = "yes"
            colour = "red"
            [keys]
            fly = "x"
            quit = "NoSuchKey"
            next-section = "L"
            broken line
            [colours]
            """, file: "config.toml")
        #expect(config.problems.count == 7)
        #expect(config.problems[0].hasPrefix("config.toml:1: unknown theme"))
        #expect(config.problems[1].hasPrefix("config.toml:2:"))
        #expect(config.problems[2].hasPrefix("config.toml:3: unknown setting"))
        #expect(config.problems[3] == "config.toml:5: unknown command \"fly\"")
        #expect(config.problems[4] == "config.toml:6: unknown key \"NoSuchKey\"")
        #expect(config.problems[5].hasPrefix("config.toml:8:"))
        #expect(config.problems[6].hasPrefix("config.toml:9: unknown table"))
        #expect(config.keymap.command(for: .char("L"), in: .article) == .nextSection)
        #expect(config.keymap.command(for: .char("q"), in: .article) == .quit)
        #expect(config.theme == nil)
    }

    @Test("a missing config file means the defaults, without complaint")
    func missing() {
        let config = Config.load(environment: ["XDG_CONFIG_HOME": "/nonexistent-\(Int.random(in: 0...1_000_000))"])
        #expect(config == Config())
    }
}
