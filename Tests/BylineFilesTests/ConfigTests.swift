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

extension ConfigTests {
    @Test("a CRLF config file is read line by line (it used to be one line, every setting ignored)")
    func crlf() {
        let config = Config.parse("theme = \"8\"\r\nmouse = false\r\n\r\n[keys]\r\nquit = \"Q\"\r\n", file: "config.toml")
        #expect(config.problems.isEmpty, "\(config.problems)")
        #expect(config.theme == .colors8)
        #expect(config.mouse == false)
        #expect(config.keymap.command(for: .char("Q"), in: .article) == .quit)
    }

    @Test("valid TOML is accepted: literal strings, multi-line arrays, a backslash before a comment, \\u escapes")
    func validTOML() {
        let config = Config.parse("""
            theme = 'mono'   # literal string
            [keys]
            quit = 'Q'
            next-quote = [
                "J",   # a comment inside the array
                "}",
            ]
            previous-mention = "\\\\" # a backslash
            search = "\\u002F"
            """, file: "config.toml")
        #expect(config.problems.isEmpty, "\(config.problems)")
        #expect(config.theme == .monochrome)
        #expect(config.keymap.command(for: .char("Q"), in: .article) == .quit)
        #expect(config.keymap.command(for: .char("J"), in: .article) == .nextQuote)
        #expect(config.keymap.command(for: .char("}"), in: .article) == .nextQuote)
        #expect(config.keymap.command(for: .char("\\"), in: .article) == .previousMention)
        #expect(config.keymap.command(for: .char("/"), in: .article) == .search)
    }

    @Test("a key given twice, or a table opened twice, is an error on its line; the first value stays")
    func duplicates() {
        let config = Config.parse("theme = \"8\"\ntheme = \"mono\"\n[keys]\nquit = \"Q\"\n[keys]\nhelp = \"H\"\n",
                                  file: "config.toml")
        #expect(config.problems.count == 2, "\(config.problems)")
        #expect(config.problems.first?.hasPrefix("config.toml:2: ") == true, "\(config.problems)")
        #expect(config.problems.last?.hasPrefix("config.toml:5: ") == true, "\(config.problems)")
        #expect(config.theme == .colors8)
        #expect(config.keymap.command(for: .char("Q"), in: .article) == .quit)
    }

    @Test("keys that can never arrive are refused, each saying why: Ctrl-C, Ctrl-Z, and Ctrl-M, J, I, H (Enter, Tab, Backspace)")
    func unreachableKeys() {
        let config = Config.parse("""
            [keys]
            search = "C-c"
            help = ["C-z", "?"]
            activate = "Ctrl-M"
            move-down = ["C-j", "j"]
            focus-next = "^I"
            close = "C-h"
            """, file: "config.toml")
        #expect(config.problems == [
            "config.toml:2: Ctrl-C cannot be bound: the terminal sends it as an interrupt (it quits byline)",
            "config.toml:3: Ctrl-Z cannot be bound: the terminal sends it as suspend",
            "config.toml:4: Ctrl-M cannot be bound: terminals send it as Enter (bind \"Enter\")",
            "config.toml:5: Ctrl-J cannot be bound: terminals send it as Enter (bind \"Enter\")",
            "config.toml:6: Ctrl-I cannot be bound: terminals send it as Tab (bind \"Tab\")",
            "config.toml:7: Ctrl-H cannot be bound: terminals send it as Backspace (bind \"Backspace\")",
        ], "\(config.problems)")
        #expect(config.keymap.command(for: .char("?"), in: .article) == .help)
        #expect(config.keymap.command(for: .char("j"), in: .article) == .moveDown)
        #expect(config.keymap.command(for: .ctrl("c"), in: .article) == nil)
    }

    @Test("a config that leaves no key to quit is refused: its key bindings are not used, and it says so",
          arguments: ["[keys]\nhelp = \"q\"\n", "[keys]\nquit = []\n", "[keys]\nquit = \"C-c\"\nopen = \"q\"\n"])
    func quitStaysReachable(_ text: String) {
        let config = Config.parse(text, file: "config.toml")
        #expect(config.problems.contains { $0.contains("no key left to quit") }, "\(config.problems)")
        #expect(config.keymap == .standard)
        #expect(!config.keymap.keys(for: .quit).isEmpty)
    }
}
