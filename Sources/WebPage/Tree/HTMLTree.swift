/// A parsed page as a compact tree: every element and text node in document order, in parallel arrays.
///
/// A node's subtree is the index range `i ..< end[i]`, so "all the text under this element" is a loop over a
/// range, never a recursion: a page nested 10 000 deep costs no stack. Text nodes keep a byte range into `text`
/// (UTF-8, character references already decoded). Only what extraction asks about is kept of each element: its
/// tag, what its class and id say, and a few flags.
struct HTMLTree: Sendable {
    /// The tag of each node (`.text` for text nodes).
    var tag: [Tag] = []
    /// The parent of each node (-1 for a root).
    var parent: [Int32] = []
    /// One past the last node of each node's subtree.
    var end: [Int32] = []
    /// For text nodes, where their bytes start in `text`; for elements, 0.
    var textStart: [Int32] = []
    /// For text nodes, where their bytes end in `text`; for elements, 0.
    var textEnd: [Int32] = []
    /// The signals of each element's class, of its id (text nodes: none).
    var classSignals: [ClassSignals] = []
    var idSignals: [ClassSignals] = []
    /// A hash of the class attribute (0 when there is none): siblings with the same class are alike.
    var classHash: [UInt32] = []
    var flags: [NodeFlags] = []
    /// The text of all text nodes.
    var text: [UInt8] = []

    var count: Int { tag.count }

    /// The children of `node`, in order.
    func children(_ node: Int) -> ChildSequence { ChildSequence(tree: self, parent: node) }

    /// Iterates over the direct children of a node by jumping over each child's subtree.
    struct ChildSequence: Sequence, IteratorProtocol {
        let tree: HTMLTree
        var position: Int
        let end: Int
        init(tree: HTMLTree, parent: Int) {
            self.tree = tree
            self.position = parent + 1
            self.end = Int(tree.end[parent])
        }
        mutating func next() -> Int? {
            guard position < end else { return nil }
            let current = position
            position = Int(tree.end[current])
            return current
        }
    }

    /// The bytes of a text node.
    func bytes(ofText node: Int) -> ArraySlice<UInt8> { text[Int(textStart[node])..<Int(textEnd[node])] }

    /// The text under `node` with runs of white space collapsed to one space and the ends trimmed.
    func collapsedText(_ node: Int, limit: Int = .max) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        var i = node
        let stop = Int(end[node])
        while i < stop && out.count < limit {
            if tag[i] == .text {
                for b in bytes(ofText: i) {
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                        pendingSpace = !out.isEmpty
                    } else {
                        if pendingSpace { out.append(0x20); pendingSpace = false }
                        out.append(b)
                    }
                }
            } else if tag[i] == .br || tag[i].isBlock {
                pendingSpace = !out.isEmpty
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// What an element's attributes say besides its class and id.
struct NodeFlags: OptionSet, Sendable {
    let rawValue: UInt16
    /// `hidden`, `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`.
    static let hidden = NodeFlags(rawValue: 1 << 0)
    /// `role` is one of menu, menubar, complementary, navigation, alert, alertdialog, dialog.
    static let furnitureRole = NodeFlags(rawValue: 1 << 1)
    /// A modal dialog (`aria-modal="true"` with `role="dialog"`).
    static let modal = NodeFlags(rawValue: 1 << 2)
    /// `rel="author"`, or an `itemprop` naming the author.
    static let author = NodeFlags(rawValue: 1 << 3)
    /// A link to a place on the same page (`href="#..."`).
    static let hashLink = NodeFlags(rawValue: 1 << 4)
    /// Its class contains "fallback-image" (shown although aria-hidden).
    static let fallbackImage = NodeFlags(rawValue: 1 << 5)
    /// An `itemprop` naming the article's text (`articleBody`).
    static let articleBody = NodeFlags(rawValue: 1 << 6)
    /// An element the builder stopped descending into (nesting deeper than `TreeBuilder.maximumDepth`).
    static let flattened = NodeFlags(rawValue: 1 << 7)
    /// An `itemprop` naming a date (`datePublished`, `dateCreated`).
    static let datePublished = NodeFlags(rawValue: 1 << 8)
    /// An `itemprop` holding "name" (the author's name inside an author line).
    static let itempropName = NodeFlags(rawValue: 1 << 9)
}
