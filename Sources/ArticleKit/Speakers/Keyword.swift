/// A word the speaker rules look for by itself ("as", "with", "by"): its text and its `WordHash`, so that a
/// token is compared by hash first and by its bytes only when the hashes agree (these checks run in loops).
struct Keyword: Sendable {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = WordHash.of(text)
    }

    static let according = Keyword("according"), and = Keyword("and"), another = Keyword("another"), `as` = Keyword("as")
    static let by = Keyword("by"), call = Keyword("call"), `for` = Keyword("for"), full = Keyword("full"), `in` = Keyword("in"), it = Keyword("it")
    static let known = Keyword("known"), of = Keyword("of"), one = Keyword("one"), or = Keyword("or")
    static let phrase = Keyword("phrase"), the = Keyword("the"), to = Keyword("to"), who = Keyword("who")
    static let with = Keyword("with"), word = Keyword("word"), words = Keyword("words")
}

extension TokenList {
    /// Whether token `k`'s key is the keyword `w`.
    @inline(__always)
    func keyIs(_ k: Int, _ w: Keyword) -> Bool { self[k].hash == w.hash && keyIs(k, w.text) }
}
