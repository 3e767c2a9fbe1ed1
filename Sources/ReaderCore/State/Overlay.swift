/// A layer drawn over the screen that takes keys first (the help screen, the speaker picker).
public enum Overlay: Equatable, Sendable {
    /// The help screen, scrolled to `top`.
    case help(top: Int)
    /// The speaker picker: a filter typed so far and a cursor over the matching speakers.
    case speakerPicker(SpeakerPicker)
}

/// The speaker picker's state: speakers with quote counts, filtered by what has been typed.
public struct SpeakerPicker: Equatable, Sendable {
    public internal(set) var filter: String
    public internal(set) var cursor: ListCursor

    public init(filter: String = "", cursor: ListCursor = ListCursor()) {
        self.filter = filter
        self.cursor = cursor
    }
}
