/// Where a key press lands. A key is looked up in its context first, then in the contexts it falls back to:
/// the article and the library fall back to the global bindings; the speaker picker to the prompt's. Typing at
/// the prompt falls back to nothing, so letters are text there, never commands.
public enum KeyContext: String, CaseIterable, Sendable {
    /// Everywhere on the article and library screens where a more specific binding does not apply.
    case global
    /// The article and its panes.
    case article
    /// The library list.
    case library
    /// Typing at the prompt: a search, the library filter (and the speaker picker's filter).
    case prompt
    /// The speaker picker.
    case picker

    /// The context a key not bound here is looked up in next.
    public var fallback: KeyContext? {
        switch self {
        case .article, .library: return .global
        case .picker: return .prompt
        case .global, .prompt: return nil
        }
    }

    /// This context and the ones it falls back to, in lookup order.
    public var chain: [KeyContext] {
        var result = [self]
        while let next = result.last!.fallback { result.append(next) }
        return result
    }
}
