import ReaderCore

/// The reader's settings from `$XDG_CONFIG_HOME/byline/config.toml` (or `~/.config/byline/config.toml`).
///
/// A small TOML subset, enough for settings and key bindings:
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
/// A line that cannot be understood is reported with its number and skipped; everything else still applies.
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
        var table = ""
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            func problem(_ why: String) { config.problems.append("\(FileName.shown(file)):\(number): \(why)") }
            let line = stripComment(String(rawLine)).trimmed
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { problem("a table header must end with ]"); continue }
                table = String(line.dropFirst().dropLast()).trimmed
                if table != "keys" { problem("unknown table [\(table)] (only [keys])") }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { problem("expected `name = value`"); continue }
            var name = String(line[..<eq]).trimmed
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            let valueText = String(line[line.index(after: eq)...]).trimmed
            guard let value = Value.parse(valueText) else { problem("cannot read the value `\(valueText)`"); continue }
            switch table {
            case "":
                switch (name, value) {
                case ("theme", .string(let s)):
                    if let theme = Theme.named(s) { config.theme = theme }
                    else { problem("unknown theme \"\(s)\" (use \(Theme.names.joined(separator: ", ")))") }
                case ("mouse", .bool(let b)): config.mouse = b
                case ("theme", _), ("mouse", _): problem("wrong type of value for \(name)")
                default: problem("unknown setting \"\(name)\"")
                }
            case "keys":
                guard let command = Command(rawValue: name) else { problem("unknown command \"\(name)\""); continue }
                let names: [String]
                switch value {
                case .string(let s): names = [s]
                case .array(let a): names = a
                case .bool: problem("keys must be a string or a list of strings"); continue
                }
                var keys: [Key] = []
                for keyName in names {
                    if let key = Key(name: keyName) { keys.append(key) } else { problem("unknown key \"\(keyName)\"") }
                }
                if !keys.isEmpty { config.keymap = config.keymap.rebinding(command, to: keys) }
            default:
                break
            }
        }
        return config
    }

    /// A line without its `#` comment (a `#` inside quotes is kept).
    static func stripComment(_ line: String) -> String {
        var inString = false
        var previous: Character = " "
        for (offset, c) in line.enumerated() {
            if c == "\"" && previous != "\\" { inString.toggle() }
            if c == "#" && !inString { return String(line.prefix(offset)) }
            previous = c
        }
        return line
    }

    /// The values the config understands.
    enum Value: Equatable {
        case string(String)
        case bool(Bool)
        case array([String])

        static func parse(_ text: String) -> Value? {
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            if text.hasPrefix("\"") { return string(text).map(Value.string) }
            if text.hasPrefix("[") && text.hasSuffix("]") {
                let inner = text.dropFirst().dropLast().trimmed
                if inner.isEmpty { return .array([]) }
                var items: [String] = []
                var rest = Substring(inner)
                while !rest.isEmpty {
                    rest = rest.drop { $0 == " " }
                    guard rest.first == "\"", let end = closingQuote(rest) else { return nil }
                    guard let item = string(String(rest[...end])) else { return nil }
                    items.append(item)
                    rest = rest[rest.index(after: end)...].drop { $0 == " " }
                    if rest.first == "," { rest = rest.dropFirst() } else if !rest.isEmpty { return nil }
                }
                return .array(items)
            }
            return nil
        }

        /// The index of the quote that closes the string starting at `s.startIndex`.
        static func closingQuote(_ s: Substring) -> Substring.Index? {
            var i = s.index(after: s.startIndex)
            while i < s.endIndex {
                if s[i] == "\\" { i = s.index(after: i); if i < s.endIndex { i = s.index(after: i) }; continue }
                if s[i] == "\"" { return i }
                i = s.index(after: i)
            }
            return nil
        }

        /// A basic TOML string ("..." with \" \\ \n \t escapes).
        static func string(_ text: String) -> String? {
            let s = Substring(text)
            guard s.first == "\"", let end = closingQuote(s), s.index(after: end) == s.endIndex else { return nil }
            var out = ""
            var escaped = false
            for c in s[s.index(after: s.startIndex)..<end] {
                if escaped {
                    switch c {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(c)
                    }
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            return out
        }
    }
}

extension StringProtocol {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
