/// What the reader starts with from the config file and the command line: the keymap (after rebindings), the
/// theme and whether the mouse is used. Sent in `ReaderEvent.started`.
public struct ReaderSettings: Equatable, Sendable {
    public var keymap: Keymap
    public var theme: Theme
    public var mouse: Bool

    public init(keymap: Keymap = .standard, theme: Theme = .colors256, mouse: Bool = true) {
        self.keymap = keymap
        self.theme = theme
        self.mouse = mouse
    }
}
