import ReaderCore
internal import TOMLKit  // internal: its Foundation stays out of what importers of BylineFiles see

/// The reader's settings from `$XDG_CONFIG_HOME/byline/config.toml` (or `~/.config/byline/config.toml`).
///
/// A TOML file, read with TOMLKit:
///
/// ```toml
/// theme = "8"            # 256, 8 or mono
/// mouse = false
///
/// [keys]                 # command = key or [keys]; see `?` in the reader for the command names
/// next-quote = ["J", "}"]
/// quit = "Q"
/// ```
///
/// Every mistake is reported with its file and line, and everything else still applies: a line TOML cannot read
/// (a syntax error, a key given twice) is reported and left out, and the rest read again. Two things are refused
/// outright: a binding the terminal can never deliver (Ctrl-C, Ctrl-Z, Ctrl-M ...), and key bindings that would
/// leave no key to quit (then none of the `[keys]` table is used).
public struct Config: Equatable, Sendable {
    public var theme: Theme?
    public var mouse: Bool?
    public var keymap: Keymap = .standard
    /// One message per problem, naming the file and line.
    public var problems: [String] = []

    public init() {}

    /// Where the config file is looked for.
    public static func path(environment: [String: String]) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") { return base + "/byline/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/byline/config.toml" }
        return nil
    }

    /// Reads the config file if there is one (no file: the defaults, no problems).
    public static func load(environment: [String: String]) -> Config {
        guard let path = path(environment: environment), ArticleFile.exists(path) else { return Config() }
        do {
            let bytes = try ArticleFile.readBytes(path, limit: 1_000_000)
            return parse(String(decoding: bytes, as: UTF8.self), file: path)
        } catch {
            var config = Config()
            config.problems.append("\(error) (using the default settings)")
            return config
        }
    }

    /// Parses config text; `file` names it in messages.
    public static func parse(_ text: String, file: String = "config.toml") -> Config {
        var config = Config()
        var problems: [(line: Int, text: String)] = []
        let (table, syntaxProblems, lines) = readTOML(text)
        problems += syntaxProblems
        let located = KeyLines(lines)

        var bindings: [(line: Int, command: Command, keys: [Key])] = []
        for key in table.keys {
            let line = located.line(of: key, in: nil)
            let value = table[key]!.tomlValue
            switch key {
            case "theme":
                if let name = value.string {
                    if let theme = Theme.named(name) { config.theme = theme }
                    else { problems.append((line, "unknown theme \"\(name)\" (use \(Theme.names.joined(separator: ", ")))")) }
                } else {
                    problems.append((line, "wrong type of value for theme"))
                }
            case "mouse":
                if let on = value.bool { config.mouse = on } else { problems.append((line, "wrong type of value for mouse")) }
            case "keys":
                guard let keys = value.table else { problems.append((line, "keys must be a table ([keys])")); continue }
                for name in keys.keys {
                    let line = located.line(of: name, in: "keys")
                    guard let command = Command(rawValue: name) else { problems.append((line, "unknown command \"\(name)\"")); continue }
                    let entry = keys[name]!.tomlValue
                    let names: [String]
                    if let one = entry.string {
                        names = [one]
                    } else if let array = entry.array, array.allSatisfy({ $0.tomlValue.string != nil }) {
                        names = array.map { $0.tomlValue.string! }
                    } else {
                        problems.append((line, "keys must be a string or a list of strings"))
                        continue
                    }
                    var bound: [Key] = []
                    for keyName in names {
                        guard let key = Key(name: keyName) else { problems.append((line, "unknown key \"\(keyName)\"")); continue }
                        if let why = neverArrives[key] {
                            problems.append((line, "\(key) cannot be bound: \(why)"))
                            continue
                        }
                        bound.append(key)
                    }
                    // `quit = []` unbinds; a list whose every key was refused changes nothing.
                    if !bound.isEmpty || names.isEmpty { bindings.append((line, command, bound)) }
                }
            default:
                if value.table != nil { problems.append((line, "unknown table [\(key)] (only [keys])")) }
                else { problems.append((line, "unknown setting \"\(key)\"")) }
            }
        }

        // In the file's order: when two commands claim a key, the later line wins.
        var keymap = Keymap.standard
        var quitLost: Int?
        for binding in bindings.sorted(by: { $0.line < $1.line }) {
            keymap = keymap.rebinding(binding.command, to: binding.keys)
            if quitLost == nil && keymap.keys(for: .quit).isEmpty { quitLost = binding.line }
        }
        if let line = quitLost {
            problems.append((line, "no key left to quit, so the [keys] table is not used (bind quit to a key)"))
        } else {
            config.keymap = keymap
        }

        let shownFile = FileName.shown(file)
        config.problems = problems.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map { $0.element.line > 0 ? "\(shownFile):\($0.element.line): \($0.element.text)" : "\(shownFile): \($0.element.text)" }
        return config
    }

    /// The keys a terminal never delivers as themselves, and why: the terminal turns them into signals, or sends
    /// the same byte as another key (Ctrl-M is the byte of Enter).
    static let neverArrives: [Key: String] = [
        .ctrl("c"): "the terminal sends it as an interrupt (it quits byline)",
        .ctrl("z"): "the terminal sends it as suspend",
        .ctrl("m"): "terminals send it as Enter (bind \"Enter\")",
        .ctrl("j"): "terminals send it as Enter (bind \"Enter\")",
        .ctrl("i"): "terminals send it as Tab (bind \"Tab\")",
        .ctrl("h"): "terminals send it as Backspace (bind \"Backspace\")",
    ]

    /// The document as TOMLKit reads it. The library reads a whole document or nothing; so that one bad line does
    /// not spoil the rest, a line it refuses is reported and blanked, and the document read again (at most 20
    /// times; then nothing is used). Also returns the lines, as read (CRLF and LF alike).
    static func readTOML(_ text: String) -> (TOMLTable, [(line: Int, text: String)], [String]) {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        var problems: [(line: Int, text: String)] = []
        for _ in 0..<20 {
            do {
                return (try TOMLTable(string: lines.joined(separator: "\n")), problems, lines)
            } catch let error as TOMLParseError {
                let line = error.source.begin.line
                problems.append((line, describe(error)))
                guard line >= 1 && line <= lines.count && !lines[line - 1].isEmpty else { break }
                lines[line - 1] = ""
            } catch {
                problems.append((0, "cannot read the file: \(error)"))
                break
            }
        }
        return (TOMLTable(), problems + [(0, "too many mistakes: the file is not used")], lines)
    }

    /// toml++'s message, its preamble ("Error while parsing key-value pair: expected '='") turned around:
    /// "expected '=' (in a key-value pair; line ignored)".
    static func describe(_ error: TOMLParseError) -> String {
        let text = error.description
        let preamble = "Error while parsing "
        guard text.hasPrefix(preamble), let colon = text.firstIndex(of: ":") else { return text + " (line ignored)" }
        let what = text[text.index(text.startIndex, offsetBy: preamble.count)..<colon]
        return text[text.index(after: colon)...].trimmingSpaces + " (in a \(what); line ignored)"
    }
}

/// Where each key of a (valid) TOML document is set: the line of `name = ...` in `[table]` (or at the top). TOMLKit
/// gives positions only for syntax errors, and messages about a setting name its line.
struct KeyLines {
    private var lines: [String: Int] = [:]

    init(_ text: [String]) {
        var table = ""
        for (index, raw) in text.enumerated() {
            let line = raw.trimmingSpaces
            if line.hasPrefix("[") {
                var parts = Self.splitDotted(line.drop { $0 == "[" }.prefix { $0 != "]" }.trimmingSpaces)
                table = parts.joined(separator: ".")
                if let name = parts.popLast() {
                    let key = parts.joined(separator: ".") + "\u{0}" + name
                    if lines[key] == nil { lines[key] = index + 1 }
                }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { continue }
            var parts = Self.splitDotted(line[..<eq].trimmingSpaces)
            guard let name = parts.popLast() else { continue }
            let prefix = ([table].filter { !$0.isEmpty } + parts).joined(separator: ".")
            let key = prefix + "\u{0}" + name
            if lines[key] == nil { lines[key] = index + 1 }
        }
    }

    /// The line `name` is set on in `table` (nil: the top level); 0 if it cannot be found.
    func line(of name: String, in table: String?) -> Int { lines[(table ?? "") + "\u{0}" + name] ?? 0 }

    private static func splitDotted(_ key: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in key {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current.trimmingSpaces)
        return parts
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
