import Foundation
import Testing

/// Article text, file names and arguments are data, never terminal commands: on every output path they are shown
/// with visible placeholders (␛ for ESC, ▯ for bidi controls, � for C1 controls) and the terminal is left alone.
@Suite("Hostile text never controls the terminal", .serialized)
struct HostileTextTests {
    let scratch = ScratchFolder()
    var article: String { scratch.write("hostile.txt", HostileArticle.text) }

    @Test("piped plain text and both extract formats carry no control characters, only their placeholders")
    func printedOutput() throws {
        let path = article
        for arguments in [[path], ["extract", path], ["extract", "--json", path], ["extract", path, path]] {
            let result = try Subprocess.run([TmuxSession.byline] + arguments, captureErrors: true)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(HostileArticle.controlCharacters(in: result.outputBytes).isEmpty,
                    "\(arguments) printed \(HostileArticle.controlCharacters(in: result.outputBytes))")
            if arguments.contains("--json") { continue }
            #expect(result.output.contains("␛]0;TITLE-HIJACK␇talks"), "\(arguments): \(result.output)")
        }
        let plain = try Subprocess.run([TmuxSession.byline, path]).output
        #expect(plain.contains("␛[31mRED-TEXT␛[0m") && plain.contains("▯DESREVER▯") && plain.contains("�2J"))
    }

    @Test("the JSON keeps the text exactly: the escapes are in the model, escaped only in the output")
    func jsonKeepsTheText() throws {
        let result = try Subprocess.run([TmuxSession.byline, "extract", "--json", article])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["title"] as? String == HostileArticle.title)
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        let texts = quotes.compactMap { $0["text"] as? String }
        #expect(texts.contains { $0.contains("\u{1B}]2;QUOTE-HIJACK\u{07}") }, "\(texts)")
        #expect(result.output.contains("\\u001b]2;QUOTE-HIJACK\\u0007"))
        // The offsets count every control character: each quote's span of the original text is its text.
        let scalars = Array(HostileArticle.text.unicodeScalars)
        for quote in quotes {
            let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote["text"] as? String)
        }
    }

    @Test("error messages quote hostile file names and arguments with placeholders")
    func messages() throws {
        let missing = scratch.path + "/" + HostileArticle.fileName
        let cases: [(arguments: [String], says: String)] = [
            ([missing], "NAME-HIJACK␇-␛[2J.txt: no such file or folder"),
            (["extract", missing], "NAME-HIJACK␇-␛[2J.txt: no such file or folder"),
            (["--theme", "\u{1B}[31mred"], "unknown theme \"␛[31mred\""),
            (["--\u{1B}]2;ARG-HIJACK\u{07}"], "Unknown option '--␛]2;ARG-HIJACK␇'"),
        ]
        for (arguments, says) in cases {
            let result = try Subprocess.run([TmuxSession.byline] + arguments, captureErrors: true)
            #expect(result.status != 0)
            #expect(result.errors.contains(says), "\(arguments): \(result.errors)")
            #expect(HostileArticle.controlCharacters(in: Array(result.errors.utf8)).isEmpty, "\(result.errors)")
        }
    }

    @Test("in a real terminal the title, clipboard, colours and screen are untouched (tmux)",
          .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"))
    func terminalUntouched() throws {
        scratch.write(HostileArticle.fileName, HostileArticle.text)
        // The name cannot be typed (the shell would take its escapes as keys): a glob names it.
        let file = "port-*.txt"
        let t = try TmuxSession.shell(width: 140, height: 40)
        // With set-clipboard on, an OSC 52 write that got through would become a tmux paste buffer.
        try t.tmux(["set-option", "-g", "set-clipboard", "on"])
        try t.tmux(["select-pane", "-t", "0", "-T", "CLEAN-TITLE"])
        try t.run("cd \(TmuxSession.quote(scratch.path)); clear; echo BEFORE-BYLINE")
        try t.waitFor("BEFORE-BYLINE")
        func expectUntouched(_ step: String) throws {
            #expect(try t.format("#{pane_title}") == "CLEAN-TITLE", "title changed by \(step)")
            #expect(try t.buffers().isEmpty, "clipboard written by \(step)")
            #expect(try t.format("#{pane_fg} #{pane_bg}") == "default default", "colours changed by \(step)")
        }

        let byline = TmuxSession.quote(TmuxSession.byline)
        try t.run("\(byline) \(file)")
        let screen = try t.waitFor("BLINK-TEXT")
        try expectUntouched("the reader")
        // Every attack is on screen as text, where it was written; the screen was not cleared (the frame is
        // whole), no colour or blink was switched on by the text.
        for shown in ["␛]0;TITLE-HIJACK␇talks", "␛[2J␛[H", "␛[31mRED-TEXT␛[0m", "␛]52;c;SElKQUNLRUQ=␇empty",
                      "␛]8;;https://example.invalid/␛\\text", "▯DESREVER▯", "�2J", "Zerowidth", "␛[5mBLINK-TEXT"] {
            #expect(screen.contains(shown), "\(shown) not shown in\n\(screen)")
        }
        #expect(screen.contains("NAME-HIJACK␇-␛[2J.txt"), "the file name is not shown in the title bar")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("Byline") == true && lines.contains { $0.contains("┗") }, "frame broken:\n\(screen)")
        let styled = try t.capture(escapes: true)
        let redLine = try #require(styled.split(separator: "\n").first { $0.contains("RED-TEXT") })
        #expect(!redLine.contains("\u{1B}[31m") && !redLine.contains("\u{1B}[5m"), "\(redLine)")
        // The quotes pane and the status line show the hostile quote too.
        try t.send("}")
        #expect(try t.waitFor("Ana Ruiz 1/").contains("␛]2;QUOTE-HIJACK␇"))
        try expectUntouched("the quotes")
        try t.send("q")
        let after = try t.waitFor("BEFORE-BYLINE")
        #expect(after.contains("BEFORE-BYLINE") && !after.contains("┏"), "the shell's screen is not back:\n\(after)")

        // The library lists the file by its name and its headline (a fresh state folder, so that it does not
        // reopen the article just read).
        try t.run("XDG_STATE_HOME=$PWD/fresh \(byline) .")
        let library = try t.waitFor("LIBRARY")
        #expect(library.contains("NAME-HIJACK␇-␛[2J.txt") && library.contains("Harbour ␛]0;TITLE-HIJACK␇talks"), "\(library)")
        try expectUntouched("the library")
        try t.send("q")
        try t.run("echo \"LIBRARY\"\"-CLOSED\"")
        #expect(try t.waitFor("LIBRARY-CLOSED").contains("LIBRARY-CLOSED"))

        // The other output paths, printed straight onto the terminal.
        for command in ["\(byline) \(file) | cat", "\(byline) extract \(file)", "\(byline) extract --json \(file)",
                        "\(byline) \"$(printf %s \(file))-missing\"", "\(byline) --theme \(file)"] {
            // The quotes keep the marker out of the echoed command line: it shows only when the command is done.
            try t.run("clear; " + command + "; echo \"DONE\"\"-$?\"")
            try t.waitFor("DONE-")
            try expectUntouched(command)
        }

        // The control: the same bytes written raw do take over the terminal, so the checks above can fail.
        try t.run("cat \(file)")
        try t.waitFor("BLINK-TEXT")
        #expect(try t.format("#{pane_title}") != "CLEAN-TITLE", "the raw file did not set the title")
        #expect(try t.buffers().contains("HIJACKED"), "the raw file did not write the clipboard")
        #expect(try t.format("#{pane_bg}") != "default", "the raw file did not change the background")
    }
}
