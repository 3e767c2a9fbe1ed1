/// Where a key press lands: the keymap is looked up in the innermost context first.
public enum KeyContext: String, CaseIterable, Sendable {
    /// Everywhere a more specific binding does not apply.
    case global
    /// The article and its panes.
    case article
    /// The library list.
    case library
}

/// One row of the keymap table: a command, the keys that run it, and where.
public struct KeyBinding: Sendable, Equatable {
    public var command: Command
    public var keys: [Key]
    public var context: KeyContext
    /// Whether the key is shown in the status line's hints.
    public var hint: String?

    public init(_ command: Command, _ keys: [Key], _ context: KeyContext = .global, hint: String? = nil) {
        self.command = command
        self.keys = keys
        self.context = context
        self.hint = hint
    }
}

/// The one keymap table: it drives key handling, the help screen and the status-line hints alike.
///
/// Users rebind keys in the config file; `rebinding(_:to:in:)` returns the changed table.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The default bindings: less and vim keys, tig and newsboat conventions. Hints show in table order.
    public static let standard = Keymap(bindings: [
        KeyBinding(.focusNext, [.tab], .article, hint: "panes"),
        KeyBinding(.focusPrevious, [.backTab], .article),
        KeyBinding(.search, [.char("/")], .global, hint: "search"),
        KeyBinding(.moveDown, [.char("j"), .down, .ctrl("n"), .ctrl("e")]),
        KeyBinding(.moveUp, [.char("k"), .up, .ctrl("p"), .ctrl("y")]),
        KeyBinding(.pageDown, [.char(" "), .pageDown, .ctrl("f"), .char("f")]),
        KeyBinding(.pageUp, [.char("b"), .pageUp, .ctrl("b")]),
        KeyBinding(.halfPageDown, [.ctrl("d"), .char("d")]),
        KeyBinding(.halfPageUp, [.ctrl("u"), .char("u")]),
        KeyBinding(.top, [.char("g"), .home]),
        KeyBinding(.bottom, [.char("G"), .end]),
        KeyBinding(.activate, [.enter, .char("l"), .right]),
        KeyBinding(.nextSection, [.char("]")], .article),
        KeyBinding(.previousSection, [.char("[")], .article),
        KeyBinding(.nextQuote, [.char("}")], .article, hint: "quote"),
        KeyBinding(.previousQuote, [.char("{")], .article),
        KeyBinding(.nextSpeakerQuote, [.char(">")], .article, hint: "speaker"),
        KeyBinding(.previousSpeakerQuote, [.char("<")], .article),
        KeyBinding(.speakerPicker, [.char("s")], .article),
        KeyBinding(.nextMention, [.char("*")], .article),
        KeyBinding(.previousMention, [.char("#")], .article),
        KeyBinding(.searchNext, [.char("n")], .global),
        KeyBinding(.searchPrevious, [.char("N")], .global),
        KeyBinding(.open, [.char("o")], .library, hint: "open"),
        KeyBinding(.close, [.escape, .char("h"), .left]),
        KeyBinding(.help, [.char("?"), .function(1)], .global, hint: "help"),
        KeyBinding(.redraw, [.ctrl("l")]),
        KeyBinding(.quit, [.char("q")], .global, hint: "quit"),
    ])

    /// The command `key` runs in `context` (falling back to global bindings), if any.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return b.command }
        if let b = bindings.first(where: { $0.context == .global && $0.keys.contains(key) }) { return b.command }
        return nil
    }

    /// The keys bound to `command` in any context, in table order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.flatMap(\.keys)
    }

    /// The status-line hints: ("Tab", "panes"), ("/", "search") ... in table order, for a context.
    public func hints(in context: KeyContext) -> [(key: String, label: String)] {
        bindings.compactMap { b in
            guard let label = b.hint, b.context == context || b.context == .global, let key = b.keys.first else {
                return nil
            }
            return (key.description, label)
        }
    }

    /// The table with `command` bound to `keys` instead of its defaults (in the command's own context); the keys
    /// are taken off whatever else they were bound to in that context and the global one.
    public func rebinding(_ command: Command, to keys: [Key]) -> Keymap {
        var copy = self
        guard let index = copy.bindings.firstIndex(where: { $0.command == command }) else { return copy }
        let context = copy.bindings[index].context
        for k in copy.bindings.indices where k != index {
            let b = copy.bindings[k]
            if b.context == context || b.context == .global || context == .global {
                copy.bindings[k].keys.removeAll { keys.contains($0) }
            }
        }
        copy.bindings[index].keys = keys
        return copy
    }

    /// The help screen's lines, generated from the table: a title per group, then "keys  summary" rows.
    public func helpSections() -> [(title: String, rows: [(keys: String, summary: String)])] {
        CommandGroup.allCases.compactMap { group in
            let rows = bindings.filter { $0.command.group == group && !$0.keys.isEmpty }.map { b in
                (keys: b.keys.map(\.description).joined(separator: " "), summary: b.command.summary)
            }
            return rows.isEmpty ? nil : (group.rawValue, rows)
        }
    }
}
