/// A key press as the reader sees it, independent of the terminal library.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character or a control character (Ctrl-D is `.char("\u{4}")`).
    case char(Unicode.Scalar)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)

    /// Ctrl + a letter.
    public static func ctrl(_ letter: Character) -> Key {
        let v = letter.lowercased().unicodeScalars.first!.value
        return .char(Unicode.Scalar(v - 0x60)!)
    }

    /// The name shown in help and accepted in the config file: "j", "Ctrl-D", "Space", "PgDn", "Shift-Tab",
    /// "Ctrl-?" (DEL).
    public var description: String {
        switch self {
        case .char(let s):
            switch s.value {
            case 0x20: return "Space"
            case 0x01...0x1A: return "Ctrl-" + String(Character(Unicode.Scalar(s.value + 0x40)!))
            case 0x7F: return "Ctrl-?"  // DEL, what many terminals send for the Backspace key
            default: return String(Character(s))
            }
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        }
    }

    /// Parses a key name as written in help or the config file ("j", "Ctrl-D", "C-d", "Space", "PgDn", "F1").
    public init?(name: String) {
        let lower = name.lowercased()
        let named: [String: Key] = [
            "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
            "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
            "esc": .escape, "escape": .escape, "backspace": .backspace, "delete": .delete, "del": .delete,
        ]
        if let key = named[lower] { self = key; return }
        if ["ctrl-?", "c-?", "^?"].contains(lower) { self = .char("\u{7F}"); return }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            let letter = lower.last!
            guard letter >= "a" && letter <= "z" else { return nil }
            self = .ctrl(letter)
            return
        }
        if lower.count >= 2, lower.first == "f", let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        let scalars = name.unicodeScalars
        guard scalars.count == 1, let s = scalars.first, s.value >= 0x21, s.value != 0x7F else { return nil }
        self = .char(s)
    }
}
