import ArticleKit

/// The article as plain text, for when standard output is not a terminal (`byline FILE | less`): headline,
/// then each paragraph on one line, blank lines between. Control characters are made visible, as on screen.
public enum PlainText {
    public static func render(_ article: Article) -> String {
        var out = VisibleText.make(article.titleText) + "\n"
        for paragraph in article.paragraphs {
            out += "\n" + joinLines(VisibleText.make(article.text.string(paragraph.range))) + "\n"
        }
        return out
    }

    /// Collapses the spaces left where a hard-wrapped paragraph's line breaks were.
    private static func joinLines(_ string: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in string.unicodeScalars {
            let isSpace = scalar == " "
            if isSpace && lastWasSpace { continue }
            out.unicodeScalars.append(scalar)
            lastWasSpace = isSpace
        }
        return out
    }
}
