/// One row of the keymap table: a command, the keys that run it, and where.
public struct KeyBinding: Sendable, Equatable {
    public var command: Command
    public var keys: [Key]
    public var context: KeyContext
    /// The word the status line's hints show for the first key, if the binding is hinted.
    public var hint: String?

    public init(_ command: Command, _ keys: [Key], _ context: KeyContext = .global, hint: String? = nil) {
        self.command = command
        self.keys = keys
        self.context = context
        self.hint = hint
    }
}

/// The one keymap table: it drives key handling (the article, the library, the prompt and the speaker picker),
/// the help screen, the status-line hints and `byline --print-config` alike.
///
/// Users rebind keys in the config file; `rebinding(_:to:)` returns the changed table.
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
        KeyBinding(.close, [.escape, .char("h"), .left]),
        KeyBinding(.open, [.char("o")], .library, hint: "open"),
        KeyBinding(.nextArticle, [.char("J")], .article),
        KeyBinding(.previousArticle, [.char("K")], .article),
        KeyBinding(.toggleRead, [.char("m")], .library, hint: "read"),
        KeyBinding(.markAllRead, [.char("A")], .library),
        KeyBinding(.sort, [.char("s")], .library, hint: "sort"),
        KeyBinding(.help, [.char("?"), .function(1)], .global, hint: "help"),
        KeyBinding(.redraw, [.ctrl("l")]),
        KeyBinding(.quit, [.char("q")], .global, hint: "quit"),
        KeyBinding(.quitNow, [.char("Q")], .global),
        KeyBinding(.accept, [.enter], .prompt),
        KeyBinding(.cancel, [.escape], .prompt),
        KeyBinding(.deleteBack, [.backspace], .prompt),
        KeyBinding(.clearLine, [.ctrl("u")], .prompt),
        KeyBinding(.nextChoice, [.down, .ctrl("n"), .tab], .picker),
        KeyBinding(.previousChoice, [.up, .ctrl("p"), .backTab], .picker),
    ])

    /// The command `key` runs in `context` (or in the contexts it falls back to), if any.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        for c in context.chain {
            if let b = bindings.first(where: { $0.context == c && $0.keys.contains(key) }) { return b.command }
        }
        return nil
    }

    /// The keys bound to `command`, in table order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.flatMap(\.keys)
    }

    /// The status-line hints for a context: ("Tab", "panes"), ("/", "search") ... in table order.
    public func hints(in context: KeyContext) -> [(key: String, label: String)] {
        let chain = context.chain
        return bindings.compactMap { b in
            guard let label = b.hint, chain.contains(b.context), let key = b.keys.first,
                  command(for: key, in: context) == b.command else { return nil }
            return (key.description, label)
        }
    }

    /// The table with `command` bound to `keys` instead of its defaults (in the command's own context). The keys
    /// are taken off every binding that could be looked up together with it (the same context, the contexts it
    /// falls back to, and the ones that fall back to it), so that each key still means one thing.
    public func rebinding(_ command: Command, to keys: [Key]) -> Keymap {
        var copy = self
        guard let index = copy.bindings.firstIndex(where: { $0.command == command }) else { return copy }
        let context = copy.bindings[index].context
        let sharing = Set(KeyContext.allCases.filter { $0.chain.contains(context) }.flatMap(\.chain))
        for k in copy.bindings.indices where k != index && sharing.contains(copy.bindings[k].context) {
            copy.bindings[k].keys.removeAll { keys.contains($0) }
        }
        copy.bindings[index].keys = keys
        return copy
    }

    /// One row of the help screen: a command's keys, its name and what it does.
    public struct HelpRow: Equatable, Sendable {
        public var keys: String
        public var name: String
        public var summary: String
    }

    /// The help screen, generated from the table: a title per group, then one row per bound command.
    public func helpSections() -> [(title: String, rows: [HelpRow])] {
        CommandGroup.allCases.compactMap { group in
            let rows = bindings.filter { $0.command.group == group && !$0.keys.isEmpty }.map { b in
                HelpRow(keys: b.keys.map(\.description).joined(separator: " "), name: b.command.name,
                        summary: b.command.summary)
            }
            return rows.isEmpty ? nil : (group.rawValue, rows)
        }
    }
}
